package report

import "mdma-screen/internal/layout"

// JSON renders the report as the contract's JSON, indented by two spaces,
// ending in a newline. The same answers always give the same bytes.
func JSON(r *Report) ([]byte, error) { return layout.JSON(r) }
