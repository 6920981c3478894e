package report

import (
	"testing"

	"mdma-screen/i18n"
	"mdma-screen/rules"
)

// BenchmarkReport measures a whole report for the case with every question
// answered: evaluate, build in a language, render as JSON.
func BenchmarkReport(b *testing.B) {
	cases := loadCases(b)
	a := cases["everything"]
	i18n.MustLoad(i18n.Da)
	b.ReportAllocs()
	for b.Loop() {
		r := FromResult(&a, rules.Evaluate(&a), Options{Lang: i18n.Da})
		if _, err := JSON(r); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkText measures a whole text report for the case with every
// question answered: evaluate, build in a language, render as text.
func BenchmarkText(b *testing.B) {
	cases := loadCases(b)
	a := cases["everything"]
	i18n.MustLoad(i18n.En)
	b.ReportAllocs()
	for b.Loop() {
		Text(FromResult(&a, rules.Evaluate(&a), Options{Lang: i18n.En}))
	}
}
