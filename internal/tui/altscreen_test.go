package tui

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"mdma-screen/i18n"
	"mdma-screen/internal/exit"
)

// The terminal's sequences to enter and leave the alternate screen.
const (
	altScreenOn  = "\x1b[?1049h"
	altScreenOff = "\x1b[?1049l"
)

// TestEveryScreenUsesAltScreen walks the person's screening twice, to the
// crisis end and to the summary with its save dialog,
// and checks that every screen on the way asks for the alternate screen:
// nothing of the answers may stay in the terminal's scrollback.
func TestEveryScreenUsesAltScreen(t *testing.T) {
	check := func(d *driver, step string) {
		t.Helper()
		if !d.m.View().AltScreen {
			t.Fatalf("%s: the view does not ask for the alternate screen:\n%s", step, d.screen())
		}
	}
	// toCrisis starts a screening and goes to the crisis question.
	toCrisis := func(lang i18n.Lang) *driver {
		d := newDriver(t, lang, 80, 24)
		check(d, "welcome")
		d.press("enter")
		d.to("crisis")
		check(d, "crisis question")
		return d
	}
	t.Run("crisis end", func(t *testing.T) {
		d := toCrisis(i18n.En)
		d.press("enter") // the cautious answer: unsure
		check(d, "crisis screen")
		d.press("enter") // stop here: where the cursor starts
		check(d, "end screen")
		d.press("x")
		if !d.quit {
			t.Fatal("a key did not close the end screen")
		}
	})
	t.Run("summary", func(t *testing.T) {
		d := toCrisis(i18n.Da)
		d.choose("no")
		// The remaining questions, the review, then the summary, where
		// Enter does nothing.
		for i := 0; i < 60; i++ {
			check(d, "walk")
			d.press("enter")
		}
		check(d, "summary")
		d.press("s")
		check(d, "save dialog")
		d.press("esc")
		check(d, "summary again")
		d.press("q")
		check(d, "asked whether to close")
		d.press("y")
		if !d.quit {
			t.Fatal("q and y did not close the summary")
		}
	})
}

// TestRunEntersAltScreen runs the program on a fake terminal: the
// alternate screen is entered before anything is drawn and left at the end.
func TestRunEntersAltScreen(t *testing.T) {
	in, keys := io.Pipe()
	var out syncBuffer
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- Run(ctx, Config{Lang: i18n.En, In: in, Out: &out, NoColor: true}) }()
	// Ctrl+C once the program has started (it draws first).
	for deadline := time.Now().Add(10 * time.Second); !strings.Contains(out.String(), altScreenOn); {
		if time.Now().After(deadline) {
			t.Fatalf("the program never entered the alternate screen: %q", out.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	if _, err := keys.Write([]byte{0x03}); err != nil {
		t.Fatal(err)
	}
	err := <-done
	keys.Close()
	var ee *exit.Error
	if !errors.As(err, &ee) || ee.Code != 130 {
		t.Fatalf("Ctrl+C on the welcome screen: %v, want exit 130", err)
	}
	s := out.String()
	on, off := strings.Index(s, altScreenOn), strings.LastIndex(s, altScreenOff)
	if on < 0 || off < on {
		t.Fatalf("alternate screen entered at %d, left at %d: %q", on, off, s)
	}
	if before := s[:on]; strings.ContainsAny(stripCSI(before), "abcdefghijklmnopqrstuvwxyz") {
		t.Errorf("text drawn before the alternate screen: %q", before)
	}
}

// stripCSI drops escape sequences well enough to see text between them.
func stripCSI(s string) string {
	var b bytes.Buffer
	for i := 0; i < len(s); i++ {
		if s[i] != 0x1b {
			b.WriteByte(s[i])
			continue
		}
		// Skip to the final byte of the sequence (a letter after '[').
		for i++; i < len(s) && !(s[i] >= '@' && s[i] <= '~' && s[i] != '['); i++ {
		}
	}
	return b.String()
}

// syncBuffer is a bytes.Buffer safe for the program's writer and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
