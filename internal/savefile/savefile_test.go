package savefile

import (
	"errors"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"golang.org/x/sys/unix"

	"mdma-screen/i18n"
)

func entries(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

// inNewDir returns a new folder and the path of a file named name in it,
// written with data and perm, for a test to start from.
func inNewDir(t *testing.T, name, data string, perm os.FileMode) (dir, path string) {
	t.Helper()
	dir = t.TempDir()
	path = filepath.Join(dir, name)
	put(t, path, data, perm)
	return dir, path
}

// put writes data to path with perm, for a test to start from.
func put(t *testing.T, path, data string, perm os.FileMode) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), perm); err != nil {
		t.Fatal(err)
	}
}

func TestWriteNew(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "r.txt")
	if err := Write(p, []byte("hello"), false); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", fi.Mode().Perm())
	}
	if got, _ := os.ReadFile(p); string(got) != "hello" {
		t.Errorf("content %q", got)
	}
	if names := entries(t, dir); len(names) != 1 {
		t.Errorf("folder holds %v, want only r.txt", names)
	}
}

func TestWriteNeverReplacesSilently(t *testing.T) {
	dir, p := inNewDir(t, "r.txt", "mine", 0o644)
	err := Write(p, []byte("new"), false)
	if !errors.Is(err, ErrExists) {
		t.Fatalf("got %v, want ErrExists", err)
	}
	if got, _ := os.ReadFile(p); string(got) != "mine" {
		t.Errorf("file changed to %q", got)
	}
	if names := entries(t, dir); len(names) != 1 {
		t.Errorf("folder holds %v", names)
	}
	// A dangling symlink is never written through (nor replaced).
	link := filepath.Join(dir, "link.txt")
	if err := os.Symlink(filepath.Join(dir, "nowhere"), link); err != nil {
		t.Fatal(err)
	}
	if err := Write(link, []byte("x"), true); !errors.Is(err, ErrNotRegular) {
		t.Fatalf("symlink: got %v", err)
	}
	if _, err := os.Lstat(filepath.Join(dir, "nowhere")); err == nil {
		t.Fatal("wrote through a symlink")
	}
}

func TestWriteForce(t *testing.T) {
	dir, p := inNewDir(t, "r.txt", "old", 0o644)
	if err := Write(p, []byte("new"), true); err != nil {
		t.Fatal(err)
	}
	fi, _ := os.Stat(p)
	if got, _ := os.ReadFile(p); string(got) != "new" || fi.Mode().Perm() != 0o600 {
		t.Errorf("content %q mode %v", got, fi.Mode().Perm())
	}
	if names := entries(t, dir); len(names) != 1 {
		t.Errorf("folder holds %v", names)
	}
}

func TestWriteUnwritable(t *testing.T) {
	dir, file := inNewDir(t, "file", "", 0o644)
	for _, p := range []string{
		filepath.Join(dir, "missing", "r.txt"), // no such folder
		filepath.Join(file, "r.txt"),           // a file, not a folder
	} {
		err := Write(p, []byte("x"), false)
		if err == nil || errors.Is(err, ErrExists) {
			t.Errorf("%s: got %v, want a write error", p, err)
		}
		if err != nil && !strings.Contains(err.Error(), p) {
			t.Errorf("message %q does not name %s", err, p)
		}
	}
	if names := entries(t, dir); len(names) != 1 {
		t.Errorf("left behind: %v", names)
	}
}

// TestWriteWithoutHardLinks acts as a file system without hard links: the
// file still appears complete, 0600, and an existing one is still kept.
func TestWriteWithoutHardLinks(t *testing.T) {
	saved := link
	link = func(string, string) error { return &os.LinkError{Op: "link", Err: syscall.EPERM} }
	defer func() { link = saved }()
	dir := t.TempDir()
	p := filepath.Join(dir, "r.txt")
	if err := Write(p, []byte("first"), false); err != nil {
		t.Fatal(err)
	}
	fi, _ := os.Stat(p)
	if got, _ := os.ReadFile(p); string(got) != "first" || fi.Mode().Perm() != 0o600 {
		t.Fatalf("content %q mode %v", got, fi.Mode().Perm())
	}
	if err := Write(p, []byte("second"), false); !errors.Is(err, ErrExists) {
		t.Fatalf("got %v, want ErrExists", err)
	}
	if got, _ := os.ReadFile(p); string(got) != "first" {
		t.Fatalf("replaced: %q", got)
	}
	if names := entries(t, dir); len(names) != 1 {
		t.Errorf("folder holds %v", names)
	}
}

// special makes one file of each kind that is not regular in dir and
// returns them by kind; a device needs root (mknod), else /dev/null
// stands in, which a user cannot replace anyway.
func special(t *testing.T, dir string) map[FileKind]string {
	t.Helper()
	target := filepath.Join(dir, "target.txt")
	put(t, target, "mine", 0o600)
	m := map[FileKind]string{
		Directory: filepath.Join(dir, "folder"),
		Symlink:   filepath.Join(dir, "link.txt"),
		FIFO:      filepath.Join(dir, "fifo"),
		Socket:    filepath.Join(dir, "socket"),
		Device:    filepath.Join(dir, "null"),
	}
	if err := os.Mkdir(m[Directory], 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, m[Symlink]); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(m[FIFO], 0o600); err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("unix", m[Socket])
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	if err := syscall.Mknod(m[Device], syscall.S_IFCHR|0o600, int(unix.Mkdev(1, 3))); err != nil {
		if os.Geteuid() == 0 {
			t.Fatal(err)
		}
		m[Device] = "/dev/null"
	}
	return m
}

// TestWriteRefusesNonRegular: a folder, a symbolic link (to a regular
// file), a FIFO, a socket and a device are never replaced, with or
// without force; the error names the kind and is not ErrExists (which
// front ends answer with "use --force").
func TestWriteRefusesNonRegular(t *testing.T) {
	dir := t.TempDir()
	targets := special(t, dir)
	before := entries(t, dir)
	for kind, p := range targets {
		for _, force := range []bool{false, true} {
			for name, f := range map[string]func() error{
				"Check": func() error { return Check(p, force) },
				"Write": func() error { return Write(p, []byte("new"), force) },
			} {
				err := f()
				var se *Error
				if !errors.As(err, &se) || se.Kind != NotRegular || se.FileKind != kind || !errors.Is(err, ErrNotRegular) {
					t.Errorf("%s(%s, force=%v): got %#v, want NotRegular %s", name, kind, force, err, kind)
					continue
				}
				if errors.Is(err, ErrExists) || strings.Contains(err.Error(), "force") {
					t.Errorf("%s(%s): %q suggests replacing it", name, kind, err)
				}
				if !strings.Contains(err.Error(), p) {
					t.Errorf("%s(%s): %q does not name the file", name, kind, err)
				}
			}
		}
	}
	if fi, err := os.Lstat(targets[Device]); err != nil || fi.Mode().Type()&os.ModeDevice == 0 {
		t.Errorf("the device was replaced: %v %v", fi, err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "target.txt")); string(got) != "mine" {
		t.Errorf("written through the symbolic link: %q", got)
	}
	if after := entries(t, dir); strings.Join(after, " ") != strings.Join(before, " ") {
		t.Errorf("folder held %v, now %v", before, after)
	}
}

// TestWriteThroughLinkedFolder: only the last element counts, so a
// symbolic link to a folder before the name is fine.
func TestWriteThroughLinkedFolder(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real")
	if err := os.Mkdir(real, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(real, filepath.Join(dir, "via")); err != nil {
		t.Fatal(err)
	}
	if err := Write(filepath.Join(dir, "via", "r.txt"), []byte("x"), false); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(filepath.Join(real, "r.txt")); string(got) != "x" {
		t.Errorf("content %q", got)
	}
}

// TestWriteChecksAgainBeforeMove: a folder or a symbolic link that takes
// the name while the data is written is found just before the move, and
// nothing is moved over it.
func TestWriteChecksAgainBeforeMove(t *testing.T) {
	for _, force := range []bool{false, true} {
		for kind, make := range map[FileKind]func(string) error{
			Directory: func(p string) error { return os.Mkdir(p, 0o700) },
			Symlink:   func(p string) error { return os.Symlink("/dev/null", p) },
		} {
			dir := t.TempDir()
			p := filepath.Join(dir, "r.txt")
			if force {
				put(t, p, "mine", 0o600)
			}
			SetTestHook(func(string) {
				if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
					t.Error(err)
				}
				if err := make(p); err != nil {
					t.Error(err)
				}
			})
			err := Write(p, []byte("new"), force)
			SetTestHook(nil)
			var se *Error
			if !errors.As(err, &se) || se.Kind != NotRegular || se.FileKind != kind {
				t.Errorf("force=%v %s: got %v, want NotRegular %s", force, kind, err, kind)
			}
			if names := entries(t, dir); len(names) != 1 {
				t.Errorf("force=%v %s: folder holds %v", force, kind, names)
			}
		}
	}
}

// TestWriteErrorKinds: each common failure is an *Error of its kind,
// naming the file the user asked for, never the temporary one.
func TestWriteErrorKinds(t *testing.T) {
	dir, file := inNewDir(t, "file", "", 0o600)
	for _, tc := range []struct {
		path string
		want Kind
	}{
		{filepath.Join(dir, "missing", "r.txt"), NoFolder},
		{filepath.Join(file, "r.txt"), NotFolder},
		{filepath.Join(dir, strings.Repeat("n", 300)), NameTooLong},
		{file, Exists},
	} {
		err := Write(tc.path, []byte("x"), false)
		var se *Error
		if !errors.As(err, &se) || se.Kind != tc.want || se.Path != tc.path {
			t.Errorf("%.60s: got %#v, want kind %d", tc.path, err, tc.want)
		}
		if err != nil && strings.Contains(err.Error(), ".mdma-screen-") {
			t.Errorf("message names the temporary file: %q", err)
		}
	}
	if names := entries(t, dir); len(names) != 1 {
		t.Errorf("left behind: %v", names)
	}
}

// TestKindOf sorts the system's errors; an unknown one is called a system
// error and keeps its text in parentheses.
func TestKindOf(t *testing.T) {
	for err, want := range map[error]Kind{
		syscall.ENOSPC:  NoSpace,
		syscall.EDQUOT:  NoSpace,
		syscall.EACCES:  Permission,
		syscall.EPERM:   Permission,
		syscall.ENOTDIR: NotFolder,
		syscall.ENOENT:  NoFolder,
		syscall.EROFS:   ReadOnly,
		syscall.EISDIR:  IsDirectory,
		syscall.EEXIST:  Exists,
		syscall.EIO:     Other,
		ErrAborted:      Interrupted,
		&fs.PathError{Op: "write", Path: "x", Err: syscall.ENOSPC}: NoSpace,
	} {
		if got := KindOf(err); got != want {
			t.Errorf("KindOf(%v) = %d, want %d", err, got, want)
		}
	}
	e := &Error{Path: "r.txt", Kind: Other, Err: syscall.EIO}
	if got := e.Error(); got != "could not write r.txt: a system error (input/output error)" {
		t.Errorf("Other: %q", got)
	}
	if got := e.Localize(i18n.MustLoad(i18n.Da)); got != "kunne ikke skrive r.txt: en fejl i systemet (input/output error)" {
		t.Errorf("Other, da: %q", got)
	}
	if got := Reason(i18n.MustLoad(i18n.Da), &fs.PathError{Op: "read", Path: "svar", Err: syscall.EISDIR}); got != "det er en mappe, ikke en fil" {
		t.Errorf("EISDIR, da: %q", got)
	}
}

// TestLocalize: every kind has its words in both languages, and the
// file name's control characters are escaped.
func TestLocalize(t *testing.T) {
	name := "r\x1b[2J.txt"
	for _, l := range i18n.Langs {
		cat := i18n.MustLoad(l)
		errs := []*Error{{Path: name, Kind: Exists, Err: ErrExists}}
		for _, k := range []FileKind{Directory, Symlink, Device, FIFO, Socket, Irregular} {
			errs = append(errs, &Error{Path: name, Kind: NotRegular, FileKind: k, Err: ErrNotRegular})
		}
		for k, key := range reasonKeys {
			errs = append(errs, &Error{Path: name, Kind: k, Err: errors.New(key)})
		}
		for _, e := range errs {
			msg := e.Localize(cat)
			if strings.Contains(msg, "[err.") || strings.ContainsRune(msg, '\x1b') || !strings.Contains(msg, `r\x1b[2J.txt`) {
				t.Errorf("%s kind %d: %q", l, e.Kind, msg)
			}
		}
	}
	da := (&Error{Path: "r.txt", Kind: NoSpace, Err: syscall.ENOSPC}).Localize(i18n.MustLoad(i18n.Da))
	if da != "kunne ikke skrive r.txt: der er ikke mere plads på enheden" {
		t.Errorf("da: %q", da)
	}
}

// TestAbort: a Write in progress when Abort is called leaves no
// temporary file and puts nothing in place; Abort says whether a file was
// already in place.
func TestAbort(t *testing.T) {
	defer func() {
		state.Lock()
		state.aborted, state.placed = false, false
		state.Unlock()
	}()
	dir := t.TempDir()
	if err := Write(filepath.Join(dir, "first.txt"), []byte("1"), false); err != nil {
		t.Fatal(err)
	}
	var placed bool
	SetTestHook(func(tmp string) {
		if _, err := os.Stat(tmp); err != nil {
			t.Errorf("no temporary file: %v", err)
		}
		placed = Abort()
	})
	err := Write(filepath.Join(dir, "r.txt"), []byte("x"), false)
	SetTestHook(nil)
	if KindOf(err) != Interrupted || !errors.Is(err, ErrAborted) {
		t.Errorf("got %v, want Interrupted", err)
	}
	if !placed {
		t.Error("Abort did not report first.txt as placed")
	}
	if names := entries(t, dir); len(names) != 1 || names[0] != "first.txt" {
		t.Errorf("folder holds %v", names)
	}
	if err := Write(filepath.Join(dir, "later.txt"), []byte("x"), false); KindOf(err) != Interrupted {
		t.Errorf("a Write after Abort: %v", err)
	}
}
