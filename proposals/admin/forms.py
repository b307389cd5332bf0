"""The admin's forms: keyword lists edited one per line, a proposal's passage located in its
article, the choices bulk actions ask for, and the article upload."""

from __future__ import annotations

import re

from django import forms
from django.conf import settings

from delegates.models import Delegate, Membership

from ..models import Article, KeyTask, Proposal, Topic


class LinesField(forms.Field):
    """A list of words edited as text, one per line (blank lines and repeats dropped)."""

    widget = forms.Textarea(attrs={"rows": 8, "cols": 40})

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return "\n".join(str(v) for v in value)
        return value or ""

    def to_python(self, value):
        if isinstance(value, list | tuple):
            return list(value)
        lines = [line.strip() for line in re.split(r"[\r\n]+", value or "")]
        return list(dict.fromkeys(line for line in lines if line))

    def has_changed(self, initial, data):
        return self.to_python(initial or []) != self.to_python(data)


class KeyTaskForm(forms.ModelForm):
    phrases = LinesField(label="标志性表述", required=False, help_text="每行一个：全称及报告中的简称；段落中出现即为最强依据。")
    keywords = LinesField(label="关键词", required=False, help_text="每行一个，越靠前越重要。修改后可在“建议”列表中重新标注。")

    class Meta:
        model = KeyTask
        fields = ("session", "slug", "name", "short_name", "description", "phrases", "keywords", "order")


class TopicForm(forms.ModelForm):
    keywords = LinesField(label="关键词", required=False, help_text="每行一个。修改后可在“建议”列表中重新标注。")

    class Meta:
        model = Topic
        fields = ("slug", "name", "description", "keywords", "order")


class KeyTaskChoiceForm(forms.Form):
    key_task = forms.ModelChoiceField(KeyTask.objects.select_related("session"), label="重点工作")


class TopicChoiceForm(forms.Form):
    topic = forms.ModelChoiceField(Topic.objects.all(), label="领域")


class ProposalForm(forms.ModelForm):
    class Meta:
        model = Proposal
        fields = ("article", "headline", "summary", "kind", "passage", "start", "end", "context_before", "context_after",
                  "review_status")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("start", "end"):
            if name in self.fields:
                self.fields[name].required = False
                self.fields[name].help_text += " 留空则按段落在正文中的位置自动填写。"

    def clean(self):
        cleaned = super().clean()
        article, passage = cleaned.get("article"), cleaned.get("passage") or ""
        if article is not None and passage and (cleaned.get("start") is None or cleaned.get("end") is None):
            found = article.text.find(passage)
            if found < 0:
                raise forms.ValidationError("段落不在文章正文中：请从正文中复制，或填写起止偏移。")
            cleaned["start"], cleaned["end"] = found, found + len(passage)
            self.instance.start, self.instance.end = cleaned["start"], cleaned["end"]
        return cleaned


class UploadForm(forms.Form):
    file = forms.FileField(label="文章文件", help_text="纯文本、Markdown 或保存的网页（.txt .md .html），UTF-8 或 GB18030。")
    article = forms.ModelChoiceField(
        Article.objects.only("id", "title", "source"), label="更新已有文章", required=False,
        help_text="上传的是某篇已导入文章的更正版时选择它；否则留空，作为新文章导入。",
    )
    force = forms.BooleanField(label="强制重新抽取", required=False, help_text="内容未变时也重新抽取。")

    def clean_file(self):
        upload = self.cleaned_data["file"]
        limit = settings.LIANGHUI_MAX_ARTICLE_BYTES
        if upload.size > limit:
            raise forms.ValidationError(f"文件大小为 {upload.size:,} 字节，超过上限 {limit:,} 字节。")
        return upload


class SurvivorForm(forms.Form):
    survivor = forms.ModelChoiceField(Delegate.objects.none(), label="保留的记录", widget=forms.RadioSelect,
                                      help_text="其余记录的建议、身份和别名并入它；旧链接跳转到它。")


class SplitForm(forms.Form):
    proposals = forms.ModelMultipleChoiceField(Proposal.objects.none(), label="移到新记录的建议", required=False,
                                               widget=forms.CheckboxSelectMultiple)
    memberships = forms.ModelMultipleChoiceField(Membership.objects.none(), label="移到新记录的身份", required=False,
                                                 widget=forms.CheckboxSelectMultiple)
    disambiguation = forms.CharField(label="新记录的区分说明", max_length=200, required=False,
                                     help_text="如 单位或地区，用来区分两位同名者。")

    def __init__(self, *args, delegate: Delegate, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["proposals"].queryset = Proposal.objects.filter(delegates=delegate).select_related("article")
        self.fields["proposals"].label_from_instance = lambda p: f"{p}（{p.article}）"
        self.fields["memberships"].queryset = Membership.objects.filter(delegate=delegate).select_related("session", "delegate")
        self.fields["memberships"].label_from_instance = (
            lambda m: f"{m.session or '会议不详'} · {m.get_role_display()} · {m.affiliation or m.title or '—'}"
        )

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("proposals") and not cleaned.get("memberships"):
            raise forms.ValidationError("请至少选择一条建议或一个身份移到新记录。")
        return cleaned
