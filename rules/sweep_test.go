package rules

import (
	"math/rand/v2"
	"testing"
	"time"

	"mdma-screen/screening"
)

// health are the nine health questions of the sweep.
var health = []string{"bipolar1", "schizophrenia", "psychosis", "family_psychosis", "substance_use",
	"ssri", "heart", "blood_pressure", "pregnant"}

// grid values per health question, in the order of rising concern; 3 is
// unanswered.
var gridValues = []string{"no", "unsure", "yes"}

func setGrid(t testing.TB, a *screening.Answers, qs []int, point int) {
	for _, q := range qs {
		d := point % 4
		point /= 4
		if d == 3 {
			a.Clear(q)
			continue
		}
		m, err := screening.Mask(q, gridValues[d])
		if err != nil {
			t.Fatal(err)
		}
		a.Set(q, m)
	}
}

// checkLevel checks that the level is the highest fired level (note counts
// as none) and that no stop or urgent trigger can hide behind none.
func checkLevel(t testing.TB, r *Result, where func() string) {
	want := None
	for _, f := range r.Findings {
		if f.Rule.Level > want {
			want = f.Rule.Level
		}
	}
	if want == Note {
		want = None
	}
	if r.Level != want {
		t.Fatalf("%s: level %s, highest finding %s", where(), r.Level, want)
	}
}

// TestSweepHealthGrid evaluates every combination of the nine health
// questions (no, unsure, yes, unanswered: 4^9 = 262,144) on one base
// context, and checks that along no -> unsure -> yes on any question the
// level never falls.
func TestSweepHealthGrid(t *testing.T) {
	start := time.Now()
	base := answers(t, benign...)
	qs := make([]int, len(health))
	for i, id := range health {
		qs[i] = screening.MustIndex(id)
	}
	const n = 1 << 18 // 4^9
	levels := make([]Level, n)
	var r Result
	for p := 0; p < n; p++ {
		a := *base
		setGrid(t, &a, qs, p)
		EvaluateInto(&a, &r)
		checkLevel(t, &r, func() string { return gridName(p) })
		levels[p] = r.Level
	}
	for p := 0; p < n; p++ {
		pow := 1
		for i := range qs {
			d := (p / pow) % 4
			if d < 2 { // no -> unsure, unsure -> yes
				if next := p + pow; levels[next] < levels[p] {
					t.Fatalf("%s: level falls from %s to %s when %s rises", gridName(p), levels[p], levels[next], health[i])
				}
			}
			pow *= 4
		}
	}
	t.Logf("swept %d combinations in %v", n, time.Since(start))
}

func gridName(p int) string {
	s := ""
	for _, id := range health {
		d := p % 4
		p /= 4
		v := "unanswered"
		if d < 3 {
			v = gridValues[d]
		}
		s += id + "=" + v + " "
	}
	return s
}

// TestSweepContexts crosses a seeded random sample of the grid with other
// settings, crisis, adult, medicines and provider answers, and checks that
// turning a risk on, or a protection off, never lowers the level.
func TestSweepContexts(t *testing.T) {
	start := time.Now()
	rng := rand.New(rand.NewPCG(2024, 10))
	qs := make([]int, len(health))
	for i, id := range health {
		qs[i] = screening.MustIndex(id)
	}
	bank := screening.Questions()
	settings := bank[screening.MustIndex("setting")].Options
	meds := bank[screening.MustIndex("other_meds")].Options
	var r Result
	level := func(a *screening.Answers) Level {
		EvaluateInto(a, &r)
		return r.Level
	}
	const samples = 20000
	checked := 0
	for i := 0; i < samples; i++ {
		var a screening.Answers
		// A random context: every question gets a random answer or none,
		// then answers to hidden questions are dropped.
		for q, qq := range bank {
			if rng.IntN(8) == 0 {
				continue
			}
			if qq.Kind == screening.Multi {
				var m screening.OptionSet
				for o := range meds[:9] {
					if rng.IntN(6) == 0 {
						m |= 1 << o
					}
				}
				if m == 0 {
					m = 1 << (9 + rng.IntN(2)) // none or unsure
				}
				a.Set(q, m)
				continue
			}
			a.Set(q, 1<<rng.IntN(len(qq.Options)))
		}
		if rng.IntN(2) == 0 {
			m, _ := screening.Mask(0, settings[rng.IntN(len(settings))])
			a.Set(0, m)
		}
		setGrid(t, &a, qs, rng.IntN(1<<18))
		a.Prune()
		where := func() string { return describeAnswers(&a) }
		EvaluateInto(&a, &r)
		checkLevel(t, &r, where)
		lv := r.Level

		// Risks turned on never lower the level.
		for _, turn := range []struct{ q, from, to string }{
			{"crisis", "no", "yes"}, {"crisis", "no", "unsure"}, {"self_use", "no", "yes"},
			{"self_use", "no", "unsure"},
		} {
			b := a
			q := screening.MustIndex(turn.q)
			if v := b.Values(q); len(v) == 1 && v[0] == turn.from {
				must(t, b.SetValues(q, turn.to))
				if l := level(&b); l < lv {
					t.Fatalf("%s: %s %s -> %s lowers %s to %s", where(), turn.q, turn.from, turn.to, lv, l)
				}
				checked++
			}
		}
		// A dangerous medicine added never lowers the level.
		mq := screening.MustIndex("other_meds")
		for _, d := range []string{"maoi", "lithium", "tramadol", "hiv_booster"} {
			b := a
			v, _ := b.Get(mq)
			dm, _ := screening.Mask(mq, d)
			exclusive, _ := screening.Mask(mq, "none", "unsure")
			b.Set(mq, (v&^exclusive)|dm)
			if l := level(&b); l < lv {
				t.Fatalf("%s: adding %s lowers %s to %s", where(), d, lv, l)
			}
			if l := level(&b); l < Stop {
				t.Fatalf("%s: %s gives only %s", where(), d, l)
			}
			checked++
		}
		// Protections turned off never lower the level.
		for _, id := range []string{"adult", "preparation", "integration", "medical_supervision", "qualified", "boundaries", "trust"} {
			q := screening.MustIndex(id)
			if v := a.Values(q); len(v) != 1 || v[0] != "yes" {
				continue
			}
			for _, off := range []string{"no", "unsure"} {
				b := a
				if b.SetValues(q, off) != nil {
					continue // adult takes no unsure
				}
				if l := level(&b); l < lv {
					t.Fatalf("%s: %s yes -> %s lowers %s to %s", where(), id, off, lv, l)
				}
				checked++
			}
			// Unanswered is not protective either.
			b := a
			b.Clear(q)
			if l := level(&b); l < lv {
				t.Fatalf("%s: %s yes -> unanswered lowers %s to %s", where(), id, lv, l)
			}
			checked++
		}
	}
	t.Logf("%d contexts, %d turned answers checked in %v", samples, checked, time.Since(start))
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func describeAnswers(a *screening.Answers) string {
	s := ""
	for q, qq := range screening.Questions() {
		if a.Answered(q) {
			s += qq.ID + "="
			for i, v := range a.Values(q) {
				if i > 0 {
					s += "+"
				}
				s += v
			}
			s += " "
		}
	}
	return s
}
