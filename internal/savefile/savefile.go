// Package savefile writes a report to a file the way health data should be
// written: created 0600, complete before it appears under its name, never
// replacing an existing file unless asked, and no temporary file left
// behind on any error. Every front end saves through Write.
package savefile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// ErrExists is returned (wrapped) when the file exists and force is off.
var ErrExists = fs.ErrExist

// Write writes data to path. The data goes to a temporary file in the same
// folder first; then it is linked into place, which fails if path exists,
// or, with force, renamed over it.
func Write(path string, data []byte, force bool) (err error) {
	dir := filepath.Dir(path)
	if !force {
		if _, err := os.Lstat(path); err == nil {
			return fmt.Errorf("%s: %w; choose another name or use --force to replace it", path, ErrExists)
		}
	}
	tmp, err := os.CreateTemp(dir, ".mdma-screen-*.tmp")
	if err != nil {
		return fmt.Errorf("%s: cannot create a file in %s: %w", path, dir, unwrapPath(err))
	}
	name := tmp.Name()
	defer func() {
		// The temporary name never outlives Write.
		if rmErr := os.Remove(name); rmErr != nil && !errors.Is(rmErr, fs.ErrNotExist) && err == nil {
			err = fmt.Errorf("%s: %w", name, rmErr)
		}
	}()
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return fmt.Errorf("%s: %w", path, unwrapPath(err))
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("%s: cannot write: %w", path, unwrapPath(err))
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("%s: cannot write: %w", path, unwrapPath(err))
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("%s: cannot write: %w", path, unwrapPath(err))
	}
	if force {
		if err := os.Rename(name, path); err != nil {
			return fmt.Errorf("%s: cannot replace: %w", path, unwrapPath(err))
		}
		return nil
	}
	err = link(name, path)
	if err != nil && !errors.Is(err, fs.ErrExist) {
		// Some file systems (FAT on a USB stick, some network mounts) have
		// no hard links: move the file into place without replacing.
		if nerr := renameNoReplace(name, path); nerr == nil || errors.Is(nerr, fs.ErrExist) {
			err = nerr
		}
	}
	if err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("%s: %w; choose another name or use --force to replace it", path, ErrExists)
		}
		return fmt.Errorf("%s: cannot create: %w", path, unwrapPath(err))
	}
	return nil
}

// link is os.Link; tests replace it to act as a file system without hard
// links.
var link = os.Link

// unwrapPath drops the *PathError's own path, so messages name the file
// the user asked for, not the temporary one.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
