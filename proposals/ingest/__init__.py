"""Reading articles: from a file's bytes to frozen dataclasses of delegates and proposals.

Pure Python plus jieba and OpenCC: nothing here imports Django or any other part of the project, so
the parser can be tested and benchmarked alone. ``sources`` decodes files, ``tokenizer`` wraps the
segmenter, ``parse.parse_article`` runs the passes (``layout``, ``mentions``, ``sessions``,
``credits``, ``passages``, ``classification``) over helpers they share (``text``, ``lexicon``,
``names``, ``affiliations``, ``delegations``, ``vocabulary``, ``credit_lines``) and returns ``results``.
"""
