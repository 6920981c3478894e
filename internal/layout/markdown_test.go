package layout

import (
	"strings"
	"testing"
)

func TestEscapeMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain text, with (parentheses).", "plain text, with (parentheses)."},
		{"a *star* and _under_ and `code`", `a \*star\* and \_under\_ and \` + "`" + `code\` + "`"},
		{"[X] link-like", `\[X\] link-like`},
		{"<b>html</b>", `\<b\>html\</b\>`},
		{"# not a heading", `\# not a heading`},
		{"+ not a list", `\+ not a list`},
		{"- not a list", `\- not a list`},
		{"-", `\-`},
		{"--- not a rule", `\--- not a rule`},
		{"1. not a list", `1\. not a list`},
		{"1) not a list", `1\) not a list`},
		{"2024.", `2024\.`},
		{"2024. A year", `2024\. A year`},
		{"2024.5", "2024.5"},
		{"10 mg", "10 mg"},
		{"~strike~ | pipe $math$", `\~strike\~ \| pipe \$math\$`},
		{"MDMA-assisted", "MDMA-assisted"},
	}
	for _, tt := range tests {
		if got := EscapeMarkdown(tt.in); got != tt.want {
			t.Errorf("EscapeMarkdown(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMarkdownDoc(t *testing.T) {
	d := &MarkdownDoc{}
	d.Heading(1, "Title #")
	d.Para("One *para*.\n\nTwo.")
	d.Item("- ", "first\n\nmore")
	d.Item("- ", "second")
	d.EndList()
	d.Entry("Name", "12 34 56 78", "When [ever]")
	d.Sources("Source", "Sources", []string{"a_b"})
	d.Sources("Source", "Sources", []string{"a", "b"})
	d.Sources("Source", "Sources", nil)
	d.Raw(Quote("**Note:**", "one\n\ntwo  words"))
	want := "# Title \\#\n\nOne \\*para\\*.\n\nTwo.\n\n- first\n\n  more\n- second\n\n" +
		"- **Name:** 12 34 56 78\\\n  When \\[ever\\]\n\n**Source:** a\\_b\n\n**Sources:**\n\n- a\n- b\n\n" +
		"> **Note:** one\n>\n> two words\n"
	if got := string(d.Bytes()); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestEscapeInlineMarks checks that the fast path of EscapeInline knows
// every character its loop escapes, and only those.
func TestEscapeInlineMarks(t *testing.T) {
	for c := rune(0); c < 0x80; c++ {
		s := "a" + string(c) + "b"
		escaped := EscapeInline(s) != s
		if escaped != strings.ContainsRune(markdownMarks, c) {
			t.Errorf("%q: escaped %v, in markdownMarks %v", c, escaped, !escaped)
		}
	}
}
