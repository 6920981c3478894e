package report

import (
	"bytes"
	"encoding/json"
)

// JSON renders the report as the contract's JSON, indented by two spaces,
// ending in a newline. The same answers always give the same bytes.
func JSON(r *Report) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
