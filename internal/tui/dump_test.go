package tui

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"mdma-screen/i18n"
)

// TestDump prints screens for a look: DUMP="counsellor:en:80x24:other_meds[:keys]"
func TestDump(t *testing.T) {
	spec := os.Getenv("DUMP")
	if spec == "" {
		t.Skip()
	}
	for _, one := range strings.Split(spec, ";") {
		p := strings.Split(one, ":")
		lang := i18n.Lang(p[1])
		wh := strings.Split(p[2], "x")
		w, _ := strconv.Atoi(wh[0])
		h, _ := strconv.Atoi(wh[1])
		var d *driver
		if p[0] == "counsellor" {
			d = newCounsellorDriver(t, lang, w, h)
		} else {
			d = newDriver(t, lang, w, h)
		}
		if p[3] != "" {
			d.press("enter")
			if p[3] == "summary" || p[3] == "review" {
				d.enterThrough(p[3])
			} else {
				d.to(p[3])
			}
		}
		if len(p) > 4 && p[4] != "" {
			d.press(strings.Split(p[4], ",")...)
		}
		fmt.Printf("=== %s (%s)\n%s\n", one, d.on(), d.screen())
	}
}
