// Package savefile writes a report to a file the way health data should be
// written: created 0600, complete before it appears under its name, never
// replacing an existing file unless asked, never replacing anything but a
// regular file, and no temporary file left behind on any error or signal
// (Abort). Every front end saves through Write; failures are *Error values
// that each front end says in its language.
package savefile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// ErrExists is returned (wrapped) when the file exists and force is off.
var ErrExists = fs.ErrExist

// ErrNotRegular is returned (wrapped) when the target exists and is not a
// regular file: a folder, a symbolic link, a device, a FIFO or a socket.
var ErrNotRegular = errors.New("not a regular file")

// ErrAborted is returned (wrapped) by a Write that Abort stopped.
var ErrAborted = errors.New("stopped before the file was complete")

// Check reports whether path may be written, as Write will check it: nil
// when it does not exist and its folder does, or when it is a regular
// file and force is on. Only the last element of path counts: a symbolic
// link to a folder before it is fine, a symbolic link as the name is not.
func Check(path string, force bool) error {
	fi, err := os.Lstat(path)
	switch {
	case err == nil:
		if k := fileKind(fi.Mode()); k != "" {
			return &Error{Path: path, Kind: NotRegular, FileKind: k, Err: ErrNotRegular}
		}
		if !force {
			return &Error{Path: path, Kind: Exists, Err: ErrExists}
		}
		return nil
	case !errors.Is(err, fs.ErrNotExist):
		return fail(path, err)
	}
	di, err := os.Stat(filepath.Dir(path))
	if err != nil {
		return fail(path, err)
	}
	if !di.IsDir() {
		return &Error{Path: path, Kind: NotFolder, Err: syscall.ENOTDIR}
	}
	return nil
}

// Write writes data to path. The target is checked first (Check); the
// data goes to a temporary file in the same folder; then, after checking
// the target again, the file is linked into place, which fails if path
// exists, or, with force, renamed over it. Every failure is an *Error.
func Write(path string, data []byte, force bool) (err error) {
	if err := Check(path, force); err != nil {
		return err
	}
	tmp, err := createTemp(filepath.Dir(path))
	if err != nil {
		return fail(path, err)
	}
	name := tmp.Name()
	defer func() {
		// The temporary name never outlives Write.
		if rerr := release(name); rerr != nil && err == nil {
			err = fail(path, rerr)
		}
	}()
	if err := fill(tmp, data); err != nil {
		return fail(path, err)
	}
	if afterTemp != nil {
		afterTemp(name)
	}
	return place(name, path, force)
}

// fill writes data to the new temporary file f, 0600, and closes it.
func fill(f *os.File, data []byte) error {
	err := f.Chmod(0o600)
	if err == nil {
		_, err = f.Write(data)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// place moves the complete temporary file name to path, unless Abort was
// called; the target is checked again first, since it may have changed
// while the data was written.
func place(name, path string, force bool) error {
	state.Lock()
	defer state.Unlock()
	if state.aborted {
		return &Error{Path: path, Kind: Interrupted, Err: ErrAborted}
	}
	if err := Check(path, force); err != nil {
		return err
	}
	if force {
		if err := os.Rename(name, path); err != nil {
			return fail(path, err)
		}
		state.placed = true
		return nil
	}
	err := link(name, path)
	if err != nil && !errors.Is(err, fs.ErrExist) {
		// Some file systems (FAT on a USB stick, some network mounts) have
		// no hard links: move the file into place without replacing.
		if nerr := renameNoReplace(name, path); nerr == nil || errors.Is(nerr, fs.ErrExist) {
			err = nerr
		}
	}
	if err != nil {
		return fail(path, err)
	}
	state.placed = true
	return nil
}

// link is os.Link; tests replace it to act as a file system without hard
// links.
var link = os.Link
