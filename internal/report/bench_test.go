package report

import (
	"testing"

	"mdma-screen/i18n"
	"mdma-screen/internal/golden"
	"mdma-screen/rules"
)

// BenchmarkReport measures a whole report for the case with every question
// answered, in each format: evaluate, build in a language, render.
func BenchmarkReport(b *testing.B) {
	_, cases := golden.Cases(b, casesDir)
	a := cases["everything"]
	i18n.MustLoad(i18n.Da)
	for _, f := range formats {
		b.Run(f.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Render(FromResult(&a, rules.Evaluate(&a), Options{Lang: i18n.Da}), f.name); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
