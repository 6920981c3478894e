package savefile

import (
	"errors"
	"io/fs"
	"os"
	"syscall"

	"mdma-screen/i18n"
	"mdma-screen/screening"
)

// Kind is what went wrong with a write, so that each front end can say it
// in the chosen language.
type Kind int

// The kinds of failure. Other carries the system's own text, in
// parentheses after the catalog's words for a system error.
const (
	// Other is any failure without a kind of its own.
	Other Kind = iota
	// Exists: the file exists and force is off.
	Exists
	// NotRegular: the target exists and is not a regular file (see
	// Error.FileKind); it is never replaced, even with force.
	NotRegular
	// NoSpace: the disk (or the user's quota) is full.
	NoSpace
	// Permission: permission denied.
	Permission
	// NotFolder: a part of the path before the name is not a folder.
	NotFolder
	// NoFolder: the folder does not exist.
	NoFolder
	// NameTooLong: the name, or the whole path, is too long.
	NameTooLong
	// ReadOnly: the file system is mounted read-only.
	ReadOnly
	// Interrupted: the program was stopped (Abort) before the file was
	// in place; nothing was written.
	Interrupted
	// IsDirectory: a folder was given where a file was wanted (reading
	// a folder as an answers file).
	IsDirectory
)

// reasonKeys are the catalog keys (errors.json) of each kind's reason.
var reasonKeys = map[Kind]string{
	NoSpace:     "err.io.reason.no_space",
	Permission:  "err.io.reason.permission",
	NotFolder:   "err.io.reason.not_folder",
	NoFolder:    "err.io.reason.no_folder",
	NameTooLong: "err.io.reason.name_too_long",
	ReadOnly:    "err.io.reason.read_only",
	Interrupted: "err.io.reason.interrupted",
	IsDirectory: "err.io.reason.is_directory",
}

// otherKey is the catalog key of a system error without a kind of its
// own; it holds the system's text as {reason}.
const otherKey = "err.io.reason.other"

// FileKind names what a target that is not a regular file is.
type FileKind string

// The kinds of file that are never replaced.
const (
	Directory FileKind = "directory"
	Symlink   FileKind = "symlink"
	Device    FileKind = "device"
	FIFO      FileKind = "fifo"
	Socket    FileKind = "socket"
	// Irregular is any other kind of file.
	Irregular FileKind = "irregular"
)

// fileKind returns what mode describes, or "" for a regular file.
func fileKind(mode fs.FileMode) FileKind {
	switch t := mode.Type(); {
	case t == 0:
		return ""
	case t&fs.ModeDir != 0:
		return Directory
	case t&fs.ModeSymlink != 0:
		return Symlink
	case t&fs.ModeDevice != 0:
		return Device
	case t&fs.ModeNamedPipe != 0:
		return FIFO
	case t&fs.ModeSocket != 0:
		return Socket
	}
	return Irregular
}

// Error is a failed save. Its message is English; Localize says it in a
// catalog's language. errors.Is sees the system error (fs.ErrExist,
// fs.ErrPermission, ...) through Unwrap.
type Error struct {
	// Path is the file the user asked for (never the temporary one).
	Path string
	Kind Kind
	// FileKind is what the target is, for NotRegular.
	FileKind FileKind
	// Err is the system's error, without its own path.
	Err error
}

// Error returns the message in English.
func (e *Error) Error() string { return e.Localize(i18n.MustLoad(i18n.En)) }

// Unwrap returns the system's error.
func (e *Error) Unwrap() error { return e.Err }

// Localize returns the message in the catalog's language: the file, what
// went wrong and, where it helps, what to do.
func (e *Error) Localize(cat *i18n.Catalog) string {
	file := screening.QuoteName(e.Path)
	switch e.Kind {
	case Exists:
		return cat.F("err.save.exists", "file", file)
	case NotRegular:
		return cat.F("err.save.not_regular", "file", file, "kind", cat.T("err.save.kind."+string(e.FileKind)))
	}
	return cat.F("err.save.write", "file", file, "reason", Reason(cat, e.Err))
}

// Reason words a system error in the catalog's language, for the kinds it
// knows; any other error is called a system error, with the system's own
// text in parentheses. A nil error gives "".
func Reason(cat *i18n.Catalog, err error) string {
	if err == nil {
		return ""
	}
	if k := KindOf(err); reasonKeys[k] != "" {
		return cat.T(reasonKeys[k])
	}
	return cat.F(otherKey, "reason", errText(err))
}

// errText is the error's text without the path a *PathError adds.
func errText(err error) string {
	if err == nil {
		return ""
	}
	return unwrapPath(err).Error()
}

// KindOf sorts a system error into a Kind (Other when it has none).
func KindOf(err error) Kind {
	var errno syscall.Errno
	switch {
	case errors.Is(err, ErrAborted):
		return Interrupted
	case errors.Is(err, fs.ErrExist):
		return Exists
	case !errors.As(err, &errno):
		if errors.Is(err, fs.ErrPermission) {
			return Permission
		}
		return Other
	}
	switch errno {
	case syscall.ENOSPC, syscall.EDQUOT:
		return NoSpace
	case syscall.EACCES, syscall.EPERM:
		return Permission
	case syscall.ENOTDIR:
		return NotFolder
	case syscall.ENOENT:
		return NoFolder
	case syscall.ENAMETOOLONG:
		return NameTooLong
	case syscall.EROFS:
		return ReadOnly
	case syscall.EISDIR:
		return IsDirectory
	}
	return Other
}

// fail returns the *Error for a system error met while saving path.
func fail(path string, err error) *Error {
	return &Error{Path: path, Kind: KindOf(err), Err: unwrapPath(err)}
}

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
