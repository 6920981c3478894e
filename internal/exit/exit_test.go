package exit

import (
	"errors"
	"fmt"
	"io/fs"
	"syscall"
	"testing"
)

// TestWorst: where several statuses apply, 141 over 1 over 130 over 0.
func TestWorst(t *testing.T) {
	for _, tc := range []struct {
		codes []int
		want  int
	}{
		{nil, OK},
		{[]int{OK, Aborted}, Aborted},
		{[]int{Aborted, OK}, Aborted},
		{[]int{Aborted, WriteFailed}, WriteFailed},
		{[]int{WriteFailed, Aborted, OK}, WriteFailed},
		{[]int{WriteFailed, BrokenPipe}, BrokenPipe},
		{[]int{BrokenPipe, Aborted, WriteFailed, OK}, BrokenPipe},
		{[]int{Usage, Aborted}, Usage},
		{[]int{Usage, WriteFailed}, WriteFailed},
	} {
		if got := Worst(tc.codes...); got != tc.want {
			t.Errorf("Worst(%v) = %d, want %d", tc.codes, got, tc.want)
		}
	}
}

// TestStatus: a closed pipe anywhere in the chain is 141, whatever
// status it was given.
func TestStatus(t *testing.T) {
	epipe := &fs.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.EPIPE}
	for _, tc := range []struct {
		err  error
		want int
	}{
		{nil, OK},
		{New(WriteFailed, epipe), BrokenPipe},
		{fmt.Errorf("report: %w", epipe), BrokenPipe},
		{New(WriteFailed, syscall.ENOSPC), WriteFailed},
		{Silent(Aborted), Aborted},
		{errors.New("bad"), Usage},
	} {
		if got := Status(tc.err); got != tc.want {
			t.Errorf("Status(%v) = %d, want %d", tc.err, got, tc.want)
		}
	}
}
