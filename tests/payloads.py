"""Text a hostile or careless user might type, shared by the injection tests.

Each fits the shortest text field it is typed into (80 characters; 40 for a criterion's name).
"""

XSS_FLAG = "__xss"

PAYLOADS: dict[str, str] = {
    "img onerror": '<img src=x onerror="window.__xss=1">',
    "script tag": "<script>window.__xss=2</script>",
    "markdown link": "[click me](javascript:window.__xss=3)",
    "markdown image": "![tracker](https://example.invalid/pixel.png)",
    "html link": '<a href="javascript:window.__xss=4">x</a>',
    "javascript url": "javascript:window.__xss=5",
    "styling and latex": "**bold** :red[red] $x^2$ {role} ${name} 🙂",
    "right-to-left": "\u202eevil\u202c שלום עולם",
    "zero-width": "zero\u200bwidth\u200d joiner\ufeff",
    "long": "W" * 80,
}
SHORT_PAYLOAD = "<b onmouseover=alert(1)>x</b>"  # for 40-character fields
