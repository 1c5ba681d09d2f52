// Editing settings shared by the toolbar, the inspector and the canvas: the kind a drawn tie
// gets, and the person just added (the inspector puts the cursor in their name).
import { KNOWN_TIE_KINDS } from '../../core/document/known';

export const editing = $state<{ tieKind: string; justAdded: string | null }>({
  tieKind: KNOWN_TIE_KINDS[0],
  justAdded: null,
});
