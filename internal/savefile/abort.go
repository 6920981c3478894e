package savefile

import (
	"errors"
	"io/fs"
	"os"
	"sync"
)

// state is what Abort needs to know of the writes in progress.
var state struct {
	sync.Mutex
	// temps are the temporary files not yet moved into place or removed.
	temps map[string]bool
	// aborted is set by Abort: no file is put in place after it.
	aborted bool
	// placed is set once a Write has put a file in place.
	placed bool
}

// afterTemp, when set, runs once the data is in the temporary file, before
// it is moved into place (SetTestHook).
var afterTemp func(tmp string)

// SetTestHook makes every later Write call f with the temporary file's
// name once the data is in it, before the file is moved into place. It is
// for tests only: f blocks, and the test signals the program in the middle
// of a write.
func SetTestHook(f func(tmp string)) { afterTemp = f }

// Abort ends every save: the temporary files of writes in progress are
// removed, and no Write puts a file in place after it (they return an
// *Error of kind Interrupted). Main calls it when a signal ends the
// program. It reports whether a Write had already put a file in place
// before: that file is complete and stays.
func Abort() (placed bool) {
	state.Lock()
	defer state.Unlock()
	state.aborted = true
	for name := range state.temps {
		_ = os.Remove(name)
		delete(state.temps, name)
	}
	return state.placed
}

// createTemp creates a temporary file in dir and records it for Abort.
func createTemp(dir string) (*os.File, error) {
	state.Lock()
	defer state.Unlock()
	if state.aborted {
		return nil, ErrAborted
	}
	f, err := os.CreateTemp(dir, ".mdma-screen-*.tmp")
	if err != nil {
		return nil, err
	}
	if state.temps == nil {
		state.temps = map[string]bool{}
	}
	state.temps[f.Name()] = true
	return f, nil
}

// release removes the temporary file name, if it is still there (a hard
// link leaves it; a rename or Abort does not), and forgets it.
func release(name string) error {
	state.Lock()
	defer state.Unlock()
	delete(state.temps, name)
	if err := os.Remove(name); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}
