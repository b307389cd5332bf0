"""Delegates (人大代表 and 政协委员), their other names, and their dated memberships.

A person is one ``Delegate``; what they were at a given meeting (role, level, delegation,
affiliation) is a ``Membership`` in a ``Session``. This app knows nothing of articles or proposals:
``proposals`` depends on it, never the reverse.
"""

from __future__ import annotations

from django.db import models
from simple_history.models import HistoricalRecords


class Role(models.TextChoices):
    DEPUTY = "deputy", "人大代表"
    MEMBER = "member", "政协委员"
    OTHER = "other", "其他"


class Level(models.TextChoices):
    NATIONAL = "national", "全国"
    REGIONAL = "regional", "省级（自治区 / 省 / 直辖市）"
    MUNICIPAL = "municipal", "市级（市 / 盟 / 州）"
    COUNTY = "county", "县级（县 / 旗 / 区）"
    UNKNOWN = "unknown", "未知"


class Body(models.TextChoices):
    NPC = "npc", "人民代表大会"
    CPPCC = "cppcc", "政治协商会议"
    OTHER = "other", "其他"


BODY_OF_ROLE = {Role.DEPUTY: Body.NPC, Role.MEMBER: Body.CPPCC, Role.OTHER: Body.OTHER}


class Origin(models.TextChoices):
    MACHINE = "machine", "机器抽取"
    STAFF = "staff", "编辑添加"


class ReviewStatus(models.TextChoices):
    UNREVIEWED = "unreviewed", "待审核"
    REVIEWED = "reviewed", "已审核"


class StaffLocked(models.Model):
    """The lock of staff corrections, for any record whose fields ingestion writes (``MACHINE_FIELDS``).

    ``staff_fields`` names the fields a staff member has set: ingestion never writes them again,
    and reports a conflict when its own value differs. ``machine_values`` keeps what ingestion last
    extracted for every field it owns, so a conflict can show both sides.
    """

    staff_fields = models.JSONField(
        "编辑锁定字段", default=list, blank=True,
        help_text="编辑修改过的字段名；重新导入时不再覆盖。",
    )
    machine_values = models.JSONField(
        "机器抽取值", default=dict, blank=True, editable=False,
        help_text="最近一次导入抽取出的各字段值，用于与编辑值比较。",
    )

    class Meta:
        abstract = True

    def lock_fields(self, names: list[str] | set[str]) -> None:
        """Record that staff set these fields (a single-row fact; the caller saves)."""
        self.staff_fields = sorted(set(self.staff_fields) | set(names))


class StaffEditable(StaffLocked):
    """Records that ingestion writes and staff may correct, add (``origin``) and review."""

    origin = models.CharField(
        "来源", max_length=10, choices=Origin.choices, default=Origin.MACHINE,
        help_text="机器抽取的记录可被重新导入更新；编辑添加的记录导入时从不删除。",
    )
    review_status = models.CharField(
        "审核状态", max_length=12, choices=ReviewStatus.choices, default=ReviewStatus.UNREVIEWED,
        db_index=True, help_text="机器抽取后待编辑审核。",
    )
    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True, db_index=True)

    class Meta:
        abstract = True


class Session(models.Model):
    """One annual meeting of the two sessions at one level and place: 2026年内蒙古自治区两会."""

    year = models.PositiveSmallIntegerField(
        "年份", null=True, blank=True, help_text="会议召开的年份，如 2026；报道未说明时为空（年份不详）。"
    )
    level = models.CharField("层级", max_length=10, choices=Level.choices, help_text="全国、省级、市级或县级。")
    region = models.CharField(
        "地区", max_length=50, blank=True, help_text="会议所在地区，如 内蒙古自治区；全国两会留空。"
    )
    name = models.CharField("名称", max_length=100, unique=True, help_text="如 2026年内蒙古自治区两会。")
    slug = models.SlugField("标识", max_length=100, unique=True, help_text="URL 与 API 中使用的稳定标识。")

    class Meta:
        verbose_name = "会议"
        verbose_name_plural = "会议"
        ordering = ["-year", "name"]
        constraints = [
            models.UniqueConstraint(fields=["year", "level", "region"], name="session_unique_year_level_region")
        ]

    def __str__(self) -> str:
        return self.name


class DelegateQuerySet(models.QuerySet):
    def active(self) -> DelegateQuerySet:
        """Delegates that have not been merged into another record, nor deleted by staff."""
        return self.filter(merged_into__isnull=True, is_deleted=False)

    def named(self, name: str) -> DelegateQuerySet:
        """Active delegates whose name or any alias is exactly ``name``."""
        return (
            self.active()
            .filter(models.Q(name=name) | models.Q(aliases__name=name))
            .distinct()
        )


class Delegate(StaffEditable):
    """A person who sits (or sat) in a people's congress or a political consultative conference."""

    name = models.CharField("姓名", max_length=50, db_index=True, help_text="报道中使用的姓名，如 赵勇、库尔班·尼亚孜。")
    pinyin = models.CharField(
        "拼音", max_length=200, blank=True, db_index=True,
        help_text="无声调、无空格的拼音，如 zhaoyong，用于拼音检索。",
    )
    disambiguation = models.CharField(
        "区分说明", max_length=200, blank=True,
        help_text="区分重名者的说明，如 单位或地区。",
    )
    merged_into = models.ForeignKey(
        "self", verbose_name="已合并至", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="merged_from",
        help_text="此记录已并入的代表委员；旧链接跳转到该记录。",
    )
    is_deleted = models.BooleanField(
        "已删除", default=False, db_index=True,
        help_text="编辑删除的记录留作标记：重新导入同一文章时不再恢复，也不再为它建立身份与建议。",
    )

    objects = DelegateQuerySet.as_manager()
    history = HistoricalRecords()

    # Fields ingestion owns (and staff may lock).
    MACHINE_FIELDS = ("name",)

    class Meta:
        verbose_name = "代表委员"
        verbose_name_plural = "代表委员"
        ordering = ["name", "id"]

    def __str__(self) -> str:
        return f"{self.name}（{self.disambiguation}）" if self.disambiguation else self.name


class DelegateAlias(models.Model):
    """Another spelling of a delegate's name (a typo, traditional characters, a different transliteration)."""

    delegate = models.ForeignKey(
        Delegate, verbose_name="代表委员", on_delete=models.CASCADE, related_name="aliases",
        help_text="这个别名所指的代表委员。",
    )
    name = models.CharField("别名", max_length=50, db_index=True, help_text="另一种写法。")

    class Meta:
        verbose_name = "别名"
        verbose_name_plural = "别名"
        constraints = [models.UniqueConstraint(fields=["delegate", "name"], name="alias_unique_per_delegate")]

    def __str__(self) -> str:
        return self.name


class Membership(StaffEditable):
    """What a delegate was at one session: role, level, delegation and affiliation as printed."""

    delegate = models.ForeignKey(
        Delegate, verbose_name="代表委员", on_delete=models.CASCADE, related_name="memberships",
        help_text="身份所属的代表委员。",
    )
    session = models.ForeignKey(
        Session, verbose_name="会议", null=True, blank=True, on_delete=models.PROTECT,
        related_name="memberships",
        help_text="身份所属的会议；未能判断时留空。",
    )
    role = models.CharField("身份", max_length=10, choices=Role.choices, help_text="人大代表或政协委员。")
    level = models.CharField("层级", max_length=10, choices=Level.choices, default=Level.UNKNOWN, help_text="全国、省级、市级或县级。")
    delegation = models.CharField("代表团", max_length=100, blank=True, help_text="所在代表团，如 通辽市代表团。")
    affiliation = models.CharField(
        "单位职务", max_length=300, blank=True,
        help_text="报道原文中的单位与职务，如 中国航天科工集团第六研究院党委书记。",
    )
    organization = models.CharField("单位", max_length=250, blank=True, help_text="单位，如 中国航天科工集团第六研究院。")
    title = models.CharField("职务", max_length=120, blank=True, help_text="职务，如 党委书记、董事长。")

    history = HistoricalRecords()

    MACHINE_FIELDS = ("level", "delegation", "affiliation", "organization", "title")

    class Meta:
        verbose_name = "身份"
        verbose_name_plural = "身份"
        ordering = ["-session__year", "id"]
        constraints = [
            models.UniqueConstraint(fields=["delegate", "session", "role"], name="membership_unique_per_session_role")
        ]

    def __str__(self) -> str:
        return f"{self.delegate.name} · {self.get_role_display()}"

    @property
    def body(self) -> str:
        """人大 for deputies, 政协 for members: derived from the role."""
        return BODY_OF_ROLE[Role(self.role)]
