package main

import (
	"os/exec"
	"strings"
	"testing"
)

// TestNoNetworkCode fails if the program's build holds any networking
// package: health answers never leave the machine.
func TestNoNetworkCode(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	forbidden := map[string]bool{"net": true, "net/http": true, "crypto/tls": true, "net/url": false}
	deps := strings.Fields(string(out))
	if len(deps) < 20 {
		t.Fatalf("go list gave only %d packages: %s", len(deps), out)
	}
	for _, d := range deps {
		if forbidden[d] || strings.HasPrefix(d, "net/http/") {
			t.Errorf("the build depends on %s", d)
		}
	}
}
