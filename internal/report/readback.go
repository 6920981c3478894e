package report

import (
	"regexp"
	"slices"
	"strings"

	"mdma-screen/i18n"
	"mdma-screen/internal/vocab"
	"mdma-screen/rules"
	"mdma-screen/screening"
)

// crisisReadback is the read-back when crisis fired, in the contract's
// order; "child" is left out when the person is known to be an adult and
// "note" is the counsellor's own (not read aloud).
var crisisReadback = []string{"safe", "act", "note", "numbers", "child", "numbers_rest", "later", "not_assessment"}

// readback builds the counsellor's read-back. When crisis fired it is
// only the crisis read-back; otherwise (after asking how the caller is,
// when the crisis question is unanswered) the headline, each finding, the
// signs of an emergency when a finding asks for them, the next step, the
// help and the disclaimer.
func readback(cat *i18n.Catalog, a *screening.Answers, res *rules.Result, kind string) []ReadbackLine {
	var out []ReadbackLine
	say := func(key string, args ...string) { out = append(out, ReadbackLine{Text: cat.F(key, args...)}) }
	maybeMinor := vocab.MaybeMinor(a)
	if res.Fired("crisis") {
		for _, k := range crisisReadback {
			switch {
			case k == "child" && !maybeMinor:
			case k == "child":
				say(childKey("readback.crisis.child", a))
			case k == "note":
				out = append(out, ReadbackLine{Text: cat.T("readback.crisis.note"), Note: true})
			default:
				say("readback.crisis." + k)
			}
		}
		return out
	}
	if a.AlertUnanswered() {
		say("readback.crisis_unanswered") // how the caller is, first
	}
	say("readback.headline." + kind)
	c := newComposer(cat, a, res)
	for _, f := range res.Findings {
		key := "rule." + f.Rule.ID + ".readback"
		items := vocab.Items(cat, f)
		text := cat.F(c.textKey(key, f), "items", cat.List(items))
		hiv := slices.Contains(medicines(f), "hiv_booster") && cat.Has(key+"_hiv")
		if (len(items) > maxInline || longestSentence(text) > maxReadbackWords) && cat.Has(key+"_many") {
			say(key + "_many")
			if hiv {
				say(key + "_hiv")
			}
			continue
		}
		out = append(out, ReadbackLine{Text: text})
		for _, o := range medicines(f) {
			say("med." + o + ".readback")
		}
		if hiv {
			say(key + "_hiv")
		}
		if f.Rule.ID == "aftercare" && maybeMinor {
			say("rule.aftercare.minor_readback")
		}
	}
	if emergencyFired(res) {
		say("readback.emergency")
	}
	say("readback.next." + res.Level.String())
	say("readback.help")
	if maybeMinor {
		say(childKey("readback.help_child", a))
	}
	say("readback.help_rest")
	say("readback.disclaimer")
	return out
}

// childKey is the read-back's line for Børnetelefonen: key when the
// person may be under 18 ("if you are under 18, ..."), key+"_known" when
// they said they are not 18 yet, so that it is said to them plainly.
func childKey(key string, a *screening.Answers) string {
	q := screening.MustIndex("adult")
	if v, ok := a.Get(q); ok && slices.Equal(v.Values(q), []string{"no"}) {
		return key + "_known"
	}
	return key
}

// maxReadbackWords is the most words a read-back sentence may have; a
// list that would make one longer is summed up instead ("_many").
const maxReadbackWords = 30

// sentenceEnd ends a sentence: ".", "!" or "?" (perhaps closing a quote)
// and white space.
var sentenceEnd = regexp.MustCompile(`[.!?]["»”)]?\s+`)

// longestSentence returns the number of words in the longest sentence of
// s; a word is a run of non-space.
func longestSentence(s string) int {
	n := 0
	for _, sentence := range sentenceEnd.Split(s, -1) {
		n = max(n, len(strings.Fields(sentence)))
	}
	return n
}
