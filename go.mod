module mdma-screen

go 1.26.0

require github.com/charmbracelet/x/term v0.2.2

require golang.org/x/sys v0.36.0 // indirect
