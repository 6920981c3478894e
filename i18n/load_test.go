package i18n

import "testing"

// BenchmarkLoad measures what a process pays for its catalog: reading
// one language from the embedded files, as the first Load does.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := load(files, Da); err != nil {
			b.Fatal(err)
		}
	}
}
