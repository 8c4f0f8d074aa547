export interface FacetOption {
  value: string;
  label: string;
}

export interface FacetFilterProps {
  legend: string;
  options: readonly FacetOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
}

/** A multi-select as a disclosure of checkboxes: native, keyboard-operable, and compact when closed. */
export function FacetFilter({ legend, options, selected, onChange }: FacetFilterProps) {
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? options.map((option) => option.value).filter((option) => option === value || selected.includes(option)) : selected.filter((other) => other !== value));
  return (
    <details className="facet">
      <summary className="button button--quiet facet__summary">
        {legend}
        {selected.length > 0 ? ` (${selected.length})` : ''}
      </summary>
      <fieldset className="facet__options">
        <legend className="visually-hidden">{legend}</legend>
        {options.map((option) => (
          <label key={option.value} className="facet__option">
            <input type="checkbox" checked={selected.includes(option.value)} onChange={(event) => toggle(option.value, event.target.checked)} />
            {option.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
