package layout

import (
	"bytes"
	"encoding/json"
)

// JSON encodes v as JSON indented by two spaces, ending in a newline,
// with "<", ">" and "&" left as they are. The same value always gives the
// same bytes.
func JSON(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
