"""Articles, the proposals attributed to delegates in them, and the two ways proposals are classed.

An ``Article`` keeps the normalized text that every character offset refers to. A ``Proposal`` is a
passage of one article attributed to one or more delegates; a second article reporting the same
proposal becomes a further ``ProposalSource``. ``KeyTask`` (the session plan's 七项重点工作) and
``Topic`` (sector) are data with keywords, editable in the admin.
"""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from delegates.models import Delegate, Origin, Session, StaffEditable, StaffLocked


class ProposalKind(models.TextChoices):
    SUGGESTION = "suggestion", "建议"
    MOTION = "motion", "提案"
    BILL = "bill", "议案"
    VIEW = "view", "观点"


class KeyTask(models.Model):
    """One of the key tasks (重点工作) of a session's plan, e.g. 建设文化强区."""

    session = models.ForeignKey(
        Session, verbose_name="会议", null=True, blank=True, on_delete=models.PROTECT,
        related_name="key_tasks",
        help_text="提出这项重点工作的会议；为空表示适用于所有会议。",
    )
    slug = models.SlugField("标识", max_length=50, help_text="稳定的英文标识，如 culture。")
    name = models.CharField("名称", max_length=100, help_text="政府工作报告中的全称。")
    short_name = models.CharField("简称", max_length=20, blank=True, help_text="页面上使用的简称。")
    description = models.TextField("说明", blank=True, help_text="这项工作包括什么。")
    phrases = models.JSONField(
        "标志性表述", default=list, blank=True,
        help_text="全称及报告中的简称；段落中出现即为最强依据。",
    )
    keywords = models.JSONField(
        "关键词", default=list, blank=True,
        help_text="判断建议属于这项工作的较弱依据；越靠前越重要。",
    )
    order = models.PositiveSmallIntegerField("顺序", default=0, help_text="在报告中的顺序。")

    history = HistoricalRecords()

    class Meta:
        verbose_name = "重点工作"
        verbose_name_plural = "重点工作"
        ordering = ["order", "id"]
        constraints = [models.UniqueConstraint(fields=["session", "slug"], name="key_task_unique_slug_per_session")]

    def __str__(self) -> str:
        return self.short_name or self.name

    def get_absolute_url(self) -> str:
        return reverse("proposals:key_task_detail", args=[self.slug])


class Topic(models.Model):
    """A sector (领域) such as 能源 or 教育, from a seeded taxonomy with keywords."""

    slug = models.SlugField("标识", max_length=50, unique=True, help_text="稳定的英文标识，如 energy。")
    name = models.CharField("名称", max_length=50, help_text="领域名称，如 能源。")
    description = models.TextField("说明", blank=True, help_text="这个领域包括什么。")
    keywords = models.JSONField("关键词", default=list, blank=True, help_text="判断建议属于这个领域的词语。")
    order = models.PositiveSmallIntegerField("顺序", default=0, help_text="列表中的顺序。")

    history = HistoricalRecords()

    class Meta:
        verbose_name = "领域"
        verbose_name_plural = "领域"
        ordering = ["order", "id"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("proposals:topic_detail", args=[self.slug])


class Article(StaffLocked):
    """A newspaper article (or page) as ingested: its normalized text and what was read off it."""

    source_key = models.CharField(
        "来源标识", max_length=500, unique=True,
        help_text="同一来源再次导入时据此识别：规范化的文件路径或网址。",
    )
    source = models.CharField("来源", max_length=500, help_text="导入时给出的路径或网址。")
    title = models.CharField("标题", max_length=300, blank=True, help_text="文章主标题。")
    sections = models.JSONField("栏目", default=list, blank=True, help_text="版面栏目，如 两会 聚焦。")
    blocks = models.JSONField(
        "结构", default=list, blank=True, editable=False,
        help_text="正文中标题、栏目、署名、段落的位置（字符偏移）。",
    )
    newspaper = models.CharField("报纸", max_length=100, blank=True, help_text="刊登的报纸。")
    page = models.CharField("版次", max_length=50, blank=True, help_text="刊登的版次，如 第03版（已知时）。")
    url = models.URLField(
        "原文网址", max_length=2000, blank=True,
        help_text="文章的原始网址（已知时）；引用时链接到这里，而不是本站。",
    )
    published_on = models.DateField("日期", null=True, blank=True, db_index=True, help_text="刊登日期（已知时）。")
    reporters = models.JSONField("记者", default=list, blank=True, help_text="文字记者。")
    photographers = models.JSONField("摄影", default=list, blank=True, help_text="摄影记者。")
    session = models.ForeignKey(
        Session, verbose_name="会议", null=True, blank=True, on_delete=models.PROTECT,
        related_name="articles", help_text="文章报道的会议。",
    )
    text = models.TextField("正文", help_text="规范化后的全文；所有字符偏移都指向这段文字。")
    content_hash = models.CharField("内容哈希", max_length=64, db_index=True, help_text="原文件内容的 SHA-256。")
    parser_version = models.CharField("解析器版本", max_length=20, blank=True, help_text="抽取所用解析器的版本。")
    first_ingested_at = models.DateTimeField("首次导入", auto_now_add=True)
    last_ingested_at = models.DateTimeField("最近导入", db_index=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True, db_index=True)

    history = HistoricalRecords(excluded_fields=["text", "blocks"])

    # The metadata staff may correct and lock (re-ingestion then records its value, never writes it).
    MACHINE_FIELDS = ("title", "newspaper", "published_on", "page", "url")

    class Meta:
        verbose_name = "文章"
        verbose_name_plural = "文章"
        ordering = ["-published_on", "-last_ingested_at", "-id"]

    def __str__(self) -> str:
        return self.title or self.source

    def get_absolute_url(self) -> str:
        return reverse("proposals:article_detail", args=[self.pk])


class ProposalQuerySet(models.QuerySet):
    def visible(self) -> ProposalQuerySet:
        """Proposals that staff have not deleted."""
        return self.filter(is_deleted=False)


class Proposal(StaffEditable):
    """What one or more delegates proposed, as a passage of an article."""

    article = models.ForeignKey(
        Article, verbose_name="文章", on_delete=models.PROTECT, related_name="proposals",
        help_text="首次报道这项建议的文章（删除文章前须先处理其建议）。",
    )
    machine_key = models.CharField(
        "抽取标识", max_length=200, blank=True,
        help_text="文章内的自然键（代表姓名 + 序号）；重新导入时据此找到同一条建议。编辑添加的建议为空。",
    )
    delegates = models.ManyToManyField(
        Delegate, verbose_name="代表委员", through="ProposalDelegate", related_name="proposals",
        help_text="提出者；联名建议有多位。",
    )
    headline = models.CharField("标题", max_length=300, blank=True, help_text="文章给出的小标题，如 装备先行赋能农牧业高质量发展。")
    summary = models.CharField("摘要", max_length=500, blank=True, help_text="一句话摘要。")
    passage = models.TextField("原文段落", help_text="文章中归属于这项建议的段落。")
    start = models.PositiveIntegerField("起始偏移", help_text="段落在文章正文中的起始字符偏移。")
    end = models.PositiveIntegerField("结束偏移", help_text="段落在文章正文中的结束字符偏移（不含）。")
    context_before = models.CharField(
        "前文", max_length=100, blank=True, help_text="段落之前的几十个字，正文重新规范化后据此重新定位。"
    )
    context_after = models.CharField("后文", max_length=100, blank=True, help_text="段落之后的几十个字。")
    section = models.CharField("栏目", max_length=100, blank=True, help_text="段落所在的版面栏目，如 两会 热议。")
    piece_title = models.CharField(
        "所在稿件", max_length=300, blank=True,
        help_text="段落所在稿件的标题（一个版面常有几篇稿件），引用时使用。",
    )
    reporters = models.JSONField("稿件记者", default=list, blank=True, help_text="所在稿件署名的文字记者，引用时使用。")
    kind = models.CharField(
        "类型", max_length=12, choices=ProposalKind.choices, default=ProposalKind.VIEW,
        help_text="建议（人大代表）、提案（政协委员）、议案或观点。",
    )
    key_tasks = models.ManyToManyField(
        KeyTask, verbose_name="重点工作", through="ProposalKeyTask", related_name="proposals", blank=True,
        help_text="所属的重点工作，按相关程度排序。",
    )
    topics = models.ManyToManyField(
        Topic, verbose_name="领域", through="ProposalTopic", related_name="proposals", blank=True,
        help_text="所属领域。",
    )
    is_deleted = models.BooleanField(
        "已删除", default=False, db_index=True,
        help_text="编辑删除的建议留作标记，重新导入时不再恢复。",
    )

    objects = ProposalQuerySet.as_manager()
    history = HistoricalRecords()

    MACHINE_FIELDS = (
        "headline", "summary", "passage", "start", "end", "context_before", "context_after", "kind",
        "section", "piece_title", "reporters",
    )

    class Meta:
        verbose_name = "建议"
        verbose_name_plural = "建议"
        ordering = ["-article__published_on", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "machine_key"],
                condition=~models.Q(machine_key=""),
                name="proposal_unique_machine_key_per_article",
            )
        ]

    def __str__(self) -> str:
        return self.headline or self.summary[:40] or f"建议 {self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("proposals:proposal_detail", args=[self.pk])


class ProposalDelegate(models.Model):
    """A delegate's place among a proposal's proposers."""

    proposal = models.ForeignKey(Proposal, verbose_name="建议", on_delete=models.CASCADE, help_text="建议。")
    delegate = models.ForeignKey(
        Delegate, verbose_name="代表委员", on_delete=models.PROTECT,
        help_text="提出者（合并代表委员时先转移，故不级联删除）。",
    )
    order = models.PositiveSmallIntegerField("顺序", default=0, help_text="联名时的署名顺序。")

    class Meta:
        verbose_name = "提出者"
        verbose_name_plural = "提出者"
        ordering = ["order", "id"]
        constraints = [models.UniqueConstraint(fields=["proposal", "delegate"], name="proposal_delegate_unique")]

    def __str__(self) -> str:
        return f"{self.delegate} · {self.proposal}"


class ProposalLink(models.Model):
    """The one shape of a proposal's link to a term of a vocabulary (a key task or a sector): its
    rank, the words that justified it, and whether the machine or staff set it. ``TARGET`` names
    the foreign key to the term, so one writer serves every kind of link."""

    TARGET = ""

    rank = models.PositiveSmallIntegerField("排序", default=0, help_text="0 为最相关。")
    evidence = models.JSONField("依据", default=list, blank=True, help_text="判断依据：原文中的词语。")
    origin = models.CharField("来源", max_length=10, choices=Origin.choices, default=Origin.MACHINE, help_text="机器判断或编辑标注。")

    class Meta:
        abstract = True
        ordering = ["rank", "id"]

    def __str__(self) -> str:
        return f"{self.target} · {self.proposal}"

    @property
    def target(self) -> models.Model:
        """The key task or sector linked."""
        return getattr(self, self.TARGET)


class ProposalKeyTask(ProposalLink):
    """A proposal's key task, its rank, and the words that justified it."""

    TARGET = "key_task"

    proposal = models.ForeignKey(Proposal, verbose_name="建议", on_delete=models.CASCADE, related_name="key_task_links", help_text="建议。")
    key_task = models.ForeignKey(KeyTask, verbose_name="重点工作", on_delete=models.PROTECT, help_text="重点工作（有建议引用时不可删除）。")
    # A section's framing (围绕“…”这项重点工作) counts as evidence for a key task, not for a sector.
    evidence = models.JSONField("依据", default=list, blank=True, help_text="判断依据：原文中的词语或栏目。")

    class Meta(ProposalLink.Meta):
        verbose_name = "建议的重点工作"
        verbose_name_plural = "建议的重点工作"
        constraints = [models.UniqueConstraint(fields=["proposal", "key_task"], name="proposal_key_task_unique")]


class ProposalTopic(ProposalLink):
    """A proposal's sector and the words that justified it."""

    TARGET = "topic"

    proposal = models.ForeignKey(Proposal, verbose_name="建议", on_delete=models.CASCADE, related_name="topic_links", help_text="建议。")
    topic = models.ForeignKey(Topic, verbose_name="领域", on_delete=models.PROTECT, help_text="领域（有建议引用时不可删除）。")

    class Meta(ProposalLink.Meta):
        verbose_name = "建议的领域"
        verbose_name_plural = "建议的领域"
        constraints = [models.UniqueConstraint(fields=["proposal", "topic"], name="proposal_topic_unique")]


class ProposalSource(models.Model):
    """A further article that reports a proposal already known from another article."""

    proposal = models.ForeignKey(Proposal, verbose_name="建议", on_delete=models.CASCADE, related_name="sources", help_text="建议。")
    article = models.ForeignKey(Article, verbose_name="文章", on_delete=models.CASCADE, related_name="further_sources", help_text="又一篇报道它的文章。")
    passage = models.TextField("原文段落", help_text="这篇文章中的段落。")
    start = models.PositiveIntegerField("起始偏移", help_text="段落在这篇文章正文中的起始偏移。")
    end = models.PositiveIntegerField("结束偏移", help_text="结束偏移（不含）。")

    class Meta:
        verbose_name = "其他来源"
        verbose_name_plural = "其他来源"
        constraints = [models.UniqueConstraint(fields=["proposal", "article"], name="proposal_source_unique")]

    def __str__(self) -> str:
        return f"{self.article} · {self.proposal}"


class ArticleMention(models.Model):
    """A delegate named in an article, with where, so article pages can link names (and re-ingestion can tidy)."""

    article = models.ForeignKey(Article, verbose_name="文章", on_delete=models.CASCADE, related_name="mentions", help_text="文章。")
    delegate = models.ForeignKey(Delegate, verbose_name="代表委员", on_delete=models.CASCADE, related_name="mentions", help_text="被提及的代表委员。")
    name = models.CharField("原文姓名", max_length=50, help_text="文中写法。")
    start = models.PositiveIntegerField("起始偏移", help_text="首次出现的位置。")

    class Meta:
        verbose_name = "提及"
        verbose_name_plural = "提及"
        constraints = [models.UniqueConstraint(fields=["article", "delegate"], name="mention_unique")]

    def __str__(self) -> str:
        return f"{self.name} · {self.article}"


class NameReview(models.Model):
    """A name ingestion could not resolve to one delegate (namesakes, 重名): kept apart and shown to staff."""

    article = models.ForeignKey(Article, verbose_name="文章", on_delete=models.CASCADE, related_name="name_reviews", help_text="出现这个名字的文章。")
    name = models.CharField("姓名", max_length=50, help_text="无法确定身份的姓名。")
    delegate = models.ForeignKey(
        Delegate, verbose_name="新建记录", on_delete=models.CASCADE, related_name="name_reviews",
        help_text="为这次出现新建（或暂用）的记录。",
    )
    candidates = models.ManyToManyField(Delegate, verbose_name="同名者", related_name="+", blank=True, help_text="已有的同名代表委员。")
    reason = models.CharField("原因", max_length=200, help_text="为何无法确定。")
    resolved = models.BooleanField("已处理", default=False, db_index=True, help_text="编辑已确认或合并。")
    created_at = models.DateTimeField("创建时间", auto_now_add=True)

    class Meta:
        verbose_name = "待确认姓名"
        verbose_name_plural = "待确认姓名"
        ordering = ["resolved", "-created_at"]
        constraints = [models.UniqueConstraint(fields=["article", "name", "delegate"], name="name_review_unique")]

    def __str__(self) -> str:
        return self.name


class Conflict(models.Model):
    """Ingestion extracted a value that differs from the one a staff member set: staff decide."""

    proposal = models.ForeignKey(Proposal, verbose_name="建议", null=True, blank=True, on_delete=models.CASCADE, related_name="conflicts", help_text="涉及的建议。")
    delegate = models.ForeignKey(Delegate, verbose_name="代表委员", null=True, blank=True, on_delete=models.CASCADE, related_name="+", help_text="涉及的代表委员。")
    membership_id = models.BigIntegerField("身份编号", null=True, blank=True, help_text="涉及的身份记录。")
    article = models.ForeignKey(Article, verbose_name="文章", null=True, blank=True, on_delete=models.SET_NULL, related_name="conflicts", help_text="引起冲突的导入文章。")
    field = models.CharField("字段", max_length=50, help_text="冲突的字段。")
    staff_value = models.TextField("编辑值", blank=True, help_text="编辑设置的值（保留）。")
    machine_value = models.TextField("机器值", blank=True, help_text="本次导入抽取出的值（未写入）。")
    resolved = models.BooleanField("已处理", default=False, db_index=True, help_text="编辑已作出决定。")
    created_at = models.DateTimeField("发现时间", auto_now_add=True)

    class Meta:
        verbose_name = "导入冲突"
        verbose_name_plural = "导入冲突"
        ordering = ["resolved", "-created_at"]

    def __str__(self) -> str:
        return f"{self.field}: {self.staff_value} ≠ {self.machine_value}"


class SearchDocument(models.Model):
    """The segmented words of one record, space-joined: what full-text search matches.

    Written by ``proposals.search`` only. The engine's own index follows this column: on PostgreSQL a
    stored generated ``tsvector`` column with a GIN index, on SQLite an FTS5 table kept current by
    triggers (both created by migration 0003, which is why these tables must not be remade by a
    later ``AlterField`` on SQLite without recreating the triggers).
    """

    tokens = models.TextField("分词", blank=True, help_text="jieba 搜索模式分词（已转简体、小写），以空格分隔。")
    indexed_at = models.DateTimeField("索引时间", auto_now=True, help_text="最近一次写入索引的时间。")

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.tokens[:60]


class ProposalSearchDocument(SearchDocument):
    proposal = models.OneToOneField(
        Proposal, verbose_name="建议", primary_key=True, on_delete=models.CASCADE, related_name="search_document",
        help_text="被索引的建议。",
    )

    class Meta:
        verbose_name = "建议检索文档"
        verbose_name_plural = "建议检索文档"


class DelegateSearchDocument(SearchDocument):
    delegate = models.OneToOneField(
        Delegate, verbose_name="代表委员", primary_key=True, on_delete=models.CASCADE, related_name="search_document",
        help_text="被索引的代表委员。",
    )

    class Meta:
        verbose_name = "代表委员检索文档"
        verbose_name_plural = "代表委员检索文档"


class ArticleSearchDocument(SearchDocument):
    article = models.OneToOneField(
        Article, verbose_name="文章", primary_key=True, on_delete=models.CASCADE, related_name="search_document",
        help_text="被索引的文章。",
    )

    class Meta:
        verbose_name = "文章检索文档"
        verbose_name_plural = "文章检索文档"
