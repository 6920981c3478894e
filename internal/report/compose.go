package report

import (
	"mdma-screen/i18n"
	"mdma-screen/internal/vocab"
	"mdma-screen/rules"
	"mdma-screen/screening"
	"regexp"
	"slices"
	"strings"
)

// maxInline is the most items a finding names inside a sentence; more are
// shown one a line (and summed up in the read-back).
const maxInline = 3

// ownOfferAdvice reports whether a stop about the offer carries its own
// advice for a trial or clinic (its "_clinical" text), instead of
// "stop.offer.clinical_trial" or "stop.offer.approved_clinic".
func (c *composer) ownOfferAdvice(f rules.Finding) bool {
	key := "rule." + f.Rule.ID + ".text"
	return c.textKey(key, f) == key+"_clinical"
}

// composer turns the findings of one evaluation into words: it knows the
// answers, so it adds the advice that depends on them (the person's stop
// once, the clinical setting, the emergency sentence, children).
type composer struct {
	cat     *i18n.Catalog
	a       *screening.Answers
	setting string // "clinical_trial", "approved_clinic" or ""
	crisis  bool
	// noPreparation is true when the course has no preparatory sessions
	// (preparation = no).
	noPreparation bool
	maybeMinor    bool
	personAdvised bool
	// headlineSources are the sources of advice the headline gives, cited
	// by the first finding about the person.
	headlineSources []string
}

func newComposer(cat *i18n.Catalog, a *screening.Answers, res *rules.Result) *composer {
	c := &composer{cat: cat, a: a, setting: vocab.ClinicalSetting(a), crisis: res.Fired("crisis"), maybeMinor: vocab.MaybeMinor(a)}
	q := screening.MustIndex("preparation")
	if v, ok := a.Get(q); ok && slices.Equal(v.Values(q), []string{"no"}) {
		c.noPreparation = true
	}
	return c
}

// textKey returns the catalog key of a finding's text or read-back: key,
// or a variant of it when the catalog has one that fits better:
// key+"_unsure" when every answer behind the finding is the not-sure
// option (a "yes" is then not hedged, a "not sure" not said as a "yes");
// key+"_clinical" in a trial or an approved clinic (the team decides, and
// the person can always say no), except for no-trust when the course has
// no preparatory sessions, whose clinical text points to them.
func (c *composer) textKey(key string, f rules.Finding) string {
	if c.cat.Has(key+"_unsure") && allUnsure(f) {
		return key + "_unsure"
	}
	if c.setting != "" && c.cat.Has(key+"_clinical") && !(f.Rule.ID == "no-trust" && c.noPreparation) {
		return key + "_clinical"
	}
	return key
}

// allUnsure reports whether every answer behind f is its question's
// not-sure option.
func allUnsure(f rules.Finding) bool {
	for _, b := range f.Because {
		if !b.Answered || !vocab.IsUnsure(b.Question, b.Options) {
			return false
		}
	}
	return len(f.Because) > 0
}

// emergencyFired reports whether a finding carries the emergency
// sentence, so that "signs of an emergency" joins the report.
func emergencyFired(res *rules.Result) bool {
	for _, f := range res.Findings {
		if f.Rule.Emergency {
			return true
		}
	}
	return false
}

func (c *composer) finding(f rules.Finding) Finding {
	cat, rule := c.cat, f.Rule
	out := Finding{
		Rule:     rule.ID,
		Level:    rule.Level.String(),
		Category: rule.Category,
		Title:    cat.T("rule." + rule.ID + ".title"),
		Because:  make([]Because, 0, len(f.Because)),
		Rank:     rule.Level,
	}
	for _, b := range f.Because {
		id := screening.QuestionAt(b.Question).ID
		var ans any
		reason := vocab.Label(cat, b.Question) + ": "
		if b.Answered {
			ans = value(b.Question, b.Options)
			reason += vocab.Answer(cat, b.Question, b.Options)
		} else {
			reason += cat.T("report.unanswered")
		}
		out.Because = append(out.Because, Because{Question: id, Answer: ans})
		out.Reasons = append(out.Reasons, reason)
	}

	sources := c.sources(f)
	var more []string // sentences after the rule's own text
	for _, o := range medicines(f) {
		key := "med." + o + ".text"
		if c.crisis && cat.Has(key+"_crisis") {
			key += "_crisis"
		}
		more = append(more, cat.T(key))
	}
	if rule.Category == "medication" && rule.Lists {
		after := "rule." + rule.ID + ".after"
		if len(medicines(f)) > 1 && cat.Has(after+"_many") {
			after += "_many" // "any of them", not "it"
		}
		more = append(more, cat.T(after))
		if slices.Contains(medicines(f), "hiv_booster") && cat.Has("rule."+rule.ID+".after_hiv") {
			more = append(more, cat.T("rule."+rule.ID+".after_hiv"))
		}
	}
	if rule.ID == "aftercare" && c.maybeMinor {
		more = append(more, cat.T("rule.aftercare.minor"))
	}
	switch {
	case rule.Stop == rules.StopPerson && !c.personAdvised:
		advice, from := c.personAdvice(false)
		more = append(more, advice...)
		sources = append(sources, from...)
	case rule.Stop == rules.StopPerson && len(c.headlineSources) > 0:
		sources = append(sources, c.headlineSources...)
		c.headlineSources = nil
	case rule.Stop == rules.StopOffer && c.setting != "" && !c.ownOfferAdvice(f):
		more = append(more, cat.T("stop.offer."+c.setting))
	}
	if rule.Emergency {
		more = append(more, cat.T("report.emergency_call"))
	}

	out.Items = vocab.Items(cat, f)
	text := cat.T(c.textKey("rule."+rule.ID+".text", f))
	lead, tail, lists := strings.Cut(text, "{items}")
	if !lists {
		lead, tail = text, ""
	}
	tail = join(append([]string{tail}, more...))
	if lists {
		out.Explanation = lead + cat.List(out.Items) + tail
		out.ItemsAsLines = len(out.Items) > maxInline
		out.ItemsLead = strings.TrimRight(lead, " ,:") + ":"
		out.ItemsTail = strings.TrimSpace(strings.TrimLeft(tail, " .,;:"))
	} else {
		out.Explanation = join([]string{lead, tail})
	}

	for _, s := range sources {
		out.Sources = append(out.Sources, cat.T("source."+s))
	}
	out.Source = joinSources(out.Sources)
	return out
}

// personAdvice returns the advice of the person's stop, given once per
// report, and the source keys of its facts; it marks the advice as given.
// In the headline (inHeadline) it is only what the headline does not say
// already: PTSD treatment when ptsd is yes or unsure, and a trusted adult
// when adult is no. With a finding it also says to talk to a doctor and,
// in a trial or clinic, to tell the team, who decide.
func (c *composer) personAdvice(inHeadline bool) (advice, sources []string) {
	c.personAdvised = true
	if c.ptsdAdvice() {
		advice = append(advice, c.cat.T("stop.person.ptsd"))
		sources = append(sources, "dsam")
	}
	if !inHeadline {
		advice = append(advice, c.cat.T("stop.person.doctor"))
	}
	if vocab.Minor(c.a) {
		advice = append(advice, c.cat.T("stop.person.minor"))
	}
	if !inHeadline && c.setting != "" {
		advice = append(advice, c.cat.T("stop.person."+c.setting))
	}
	return advice, sources
}

// ptsdAdvice reports whether the person's stop points to PTSD treatment:
// ptsd is yes or unsure.
func (c *composer) ptsdAdvice() bool {
	q := screening.MustIndex("ptsd")
	v, ok := c.a.Get(q)
	if !ok {
		return false
	}
	s := v.Values(q)[0]
	return s == "yes" || s == "unsure"
}

// sources returns the source keys of a finding: for a finding with
// sources per option, those of the options it names in option order
// (each once); else the rule's, without its sources for a minor
// (rules.Rule.MinorSources) when the person is known to be an adult.
func (c *composer) sources(f rules.Finding) []string {
	var out []string
	if f.Rule.OptionSources != nil {
		for _, o := range medicines(f) {
			for _, s := range f.Rule.OptionSources[o] {
				if !slices.Contains(out, s) {
					out = append(out, s)
				}
			}
		}
		return out
	}
	for _, s := range f.Rule.Sources {
		if slices.Contains(f.Rule.MinorSources, s) && !c.maybeMinor {
			continue
		}
		out = append(out, s)
	}
	return out
}

// medicines returns the options a medication finding names, in option
// order; nil for any other finding.
func medicines(f rules.Finding) []string {
	if f.Rule.OptionSources == nil {
		return nil
	}
	var out []string
	for _, b := range f.Because {
		if b.Answered && screening.QuestionAt(b.Question).Kind == screening.Multi {
			out = append(out, b.Options.Values(b.Question)...)
		}
	}
	return out
}

// join joins sentences with one space, skipping empty ones.
func join(parts []string) string {
	var b strings.Builder
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if b.Len() > 0 && !strings.HasPrefix(p, ".") && !strings.HasPrefix(p, ",") {
			b.WriteByte(' ')
		}
		b.WriteString(p)
	}
	return b.String()
}

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
