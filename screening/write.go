package screening

import "encoding/json"

// answersFile is the answers file's shape: {"answers": {ID: value}}.
// encoding/json writes a map's keys sorted.
type answersFile struct {
	Answers map[string]any `json:"answers"`
}

// MarshalFile returns the answers as an answers file, the one writer of
// that format (report --answers reads it back): the questions that are
// asked given the other answers and answered, keys sorted, a yes/no,
// yes/no/unsure or choice answer as a string, a multi answer as an array
// in option order; indented by two spaces, with a trailing newline, and
// no language or anything else beside the answers. ParseAnswers gives
// back the same answers for any answers it or a Flow made, and
// MarshalFile of those gives the same bytes. An answer to a question not
// asked, or one holding no option, is left out.
func (a *Answers) MarshalFile() []byte {
	m := map[string]any{}
	for q := range bank {
		if !a.Answered(q) || !a.Asked(q) {
			continue
		}
		v := a.Values(q)
		switch {
		case len(v) == 0:
			continue
		case bank[q].Kind == Multi:
			m[bank[q].ID] = v
		default:
			m[bank[q].ID] = v[0]
		}
	}
	data, err := json.MarshalIndent(answersFile{Answers: m}, "", "  ")
	if err != nil {
		// Strings and arrays of strings always marshal.
		panic("screening: MarshalFile: " + err.Error())
	}
	return append(data, '\n')
}
