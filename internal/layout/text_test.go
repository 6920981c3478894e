package layout

import "testing"

func TestTextDoc(t *testing.T) {
	d := &TextDoc{}
	d.Heading("Title", '=')
	d.Para("Intro.", "", "")
	d.Heading("Part", '-')
	first, rest := Numbered(1, 10)
	d.Para("Item.", first, rest)
	d.Sources("Source", "Sources", []string{"a"}, rest)
	d.Sources("Sources", "Sources", nil, rest)
	d.Sources("Source", "Sources", []string{"a", "b"}, rest)
	d.Entry("Name", "contact", "when")
	d.Para("Tight:", "", "")
	d.Tight()
	d.Para("under", "", "")
	d.Loose()
	d.Para("apart", "", "")
	want := "Title\n=====\n\nIntro.\n\nPart\n----\n\n1.  Item.\n\n    Source: a\n\n    Sources:\n    - a\n    - b\n\n" +
		"Name\n   contact\n   when\n\nTight:\nunder\n\napart\n"
	if got := string(d.Bytes()); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestNumbered(t *testing.T) {
	tests := []struct {
		i, n        int
		first, rest string
	}{
		{1, 1, "1. ", "   "},
		{1, 9, "1. ", "   "},
		{1, 10, "1.  ", "    "},
		{10, 10, "10. ", "    "},
		{7, 120, "7.   ", "     "},
	}
	for _, tt := range tests {
		if first, rest := Numbered(tt.i, tt.n); first != tt.first || rest != tt.rest {
			t.Errorf("Numbered(%d, %d) = %q, %q, want %q, %q", tt.i, tt.n, first, rest, tt.first, tt.rest)
		}
	}
}

func TestJSON(t *testing.T) {
	got, err := JSON(map[string]any{"b": "<&>", "a": []int{1}})
	if err != nil {
		t.Fatal(err)
	}
	if want := "{\n  \"a\": [\n    1\n  ],\n  \"b\": \"<&>\"\n}\n"; string(got) != want {
		t.Errorf("JSON = %q, want %q", got, want)
	}
	if _, err := JSON(func() {}); err == nil {
		t.Error("JSON of a func: no error")
	}
}
