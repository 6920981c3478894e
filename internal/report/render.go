package report

import "fmt"

// Render lays the report out in a format: "text", "markdown" or "json".
func Render(r *Report, format string) ([]byte, error) {
	switch format {
	case "json":
		return JSON(r)
	case "text":
		return Text(r), nil
	case "markdown":
		return Markdown(r), nil
	}
	return nil, fmt.Errorf("unknown format %q", format)
}
