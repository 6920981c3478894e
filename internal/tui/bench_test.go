package tui

import (
	"runtime"
	"slices"
	"strconv"
	"testing"
	"time"

	"mdma-screen/i18n"
)

// walkKeys are the keys of a full walk at 80x24 from the welcome screen
// to the summary with setting = underground and every other question
// answered as its cursor starts (past the crisis screen by going on);
// steps are the places in it of each Enter, names the screens (and
// questions) each is pressed on.
func walkKeys(tb testing.TB) (keys []string, steps []int, names []string) {
	d := newDriver(tb, i18n.En, 80, 24)
	add := func(k ...string) {
		for _, x := range k {
			if x == "enter" {
				steps = append(steps, len(keys))
				names = append(names, d.on()+" "+d.question())
			}
			keys = append(keys, x)
			d.press(x)
		}
	}
	add("enter")
	for d.Cursor() != 2 { // underground
		add("down")
	}
	add("enter")
	for d.on() != "summary" {
		if d.on() == "crisis" {
			add("up")
		}
		add("enter")
	}
	return keys, steps, names
}

// Cursor is the driver's view of the model's Cursor.
func (d *driver) Cursor() int { return d.m.Cursor() }

// BenchmarkNextQuestion times one Enter and the View after it, at 80x24,
// cycling over every Enter of a full walk with setting = underground: the
// model is rebuilt untimed up to the step for each one. It reports the
// slowest step's average as max-ns/step (with -v, every step's). The
// garbage of the untimed rebuild is collected untimed.
func BenchmarkNextQuestion(b *testing.B) {
	keys, steps, names := walkKeys(b)
	total := make([]time.Duration, len(steps))
	runs := make([]int, len(steps))
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		n := i % len(steps)
		b.StopTimer()
		d := newDriver(b, i18n.En, 80, 24)
		d.press(keys[:steps[n]]...)
		runtime.GC()
		b.StartTimer()
		start := time.Now()
		d.press("enter")
		_ = d.m.View()
		total[n] += time.Since(start)
		runs[n]++
	}
	avg := make([]time.Duration, len(steps))
	for n := range steps {
		avg[n] = total[n] / time.Duration(max(runs[n], 1))
		if testing.Verbose() {
			b.Logf("step %2d (%s): %s ms", n, names[n], strconv.FormatFloat(float64(avg[n].Microseconds())/1000, 'f', 2, 64))
		}
	}
	b.ReportMetric(float64(slices.Max(avg).Nanoseconds()), "max-ns/step")
}
