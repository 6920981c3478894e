//go:build !linux

package savefile

import (
	"errors"
	"os"
)

// renameNoReplace has no atomic form here: saving needs hard links.
func renameNoReplace(oldpath, newpath string) error {
	return &os.LinkError{Op: "rename", Old: oldpath, New: newpath, Err: errors.ErrUnsupported}
}
