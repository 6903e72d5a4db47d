/**
 * The keys of the WAI-ARIA editable combobox with list autocomplete (APG), as a pure function:
 * what a key does given where the combobox is. Home, End and the sideways arrows move the caret,
 * as in any text field; with an option active they also return the visual focus to the field
 * (`aria-activedescendant` removed), as the APG's combobox examples do.
 */

export interface ComboboxState {
  /** Options available for the current text. */
  count: number;
  /** The popup is displayed: the listbox, or a message such as "no results". */
  expanded: boolean;
  /** The active option, or -1. */
  active: number;
  /** The field holds text. */
  hasText: boolean;
}

export type ComboboxAction =
  | { do: 'move'; active: number }
  | { do: 'open' }
  | { do: 'choose'; active: number }
  | { do: 'close' }
  | { do: 'clear' }
  /** The browser moves the caret; the active option (if any) is let go, the popup stays. */
  | { do: 'caret' };

/** The action for a key, or `undefined` to leave the key to the browser. */
export function comboboxKey(
  key: string,
  altKey: boolean,
  state: ComboboxState,
): ComboboxAction | undefined {
  const { count, expanded, active, hasText } = state;
  switch (key) {
    case 'ArrowDown':
    case 'ArrowUp': {
      if (!count) return undefined;
      if (altKey)
        return key === 'ArrowDown' ? { do: 'open' } : expanded ? { do: 'close' } : undefined;
      const step = key === 'ArrowDown' ? 1 : -1;
      const from = expanded ? active : -1;
      // Wraps: down from the last option goes to the first, up from the first to the last.
      return {
        do: 'move',
        active: from < 0 ? (step > 0 ? 0 : count - 1) : (from + step + count) % count,
      };
    }
    case 'Enter':
      return expanded && active >= 0 ? { do: 'choose', active } : undefined;
    case 'Escape':
      // The first Escape closes the popup, the next clears the field.
      if (expanded) return { do: 'close' };
      return hasText ? { do: 'clear' } : undefined;
    case 'Home':
    case 'End':
    case 'ArrowLeft':
    case 'ArrowRight':
      return expanded && active >= 0 ? { do: 'caret' } : undefined;
    default:
      return undefined;
  }
}
