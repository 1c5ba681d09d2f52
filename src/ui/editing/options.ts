// The choices the editing forms offer: the known roles, tie kinds and group kinds, named as the
// legend names them, in the UI's language (functions, so each read follows a language switch).
// Any other string stays possible ("Other…").
import { KNOWN_GROUP_KINDS, KNOWN_ROLES, KNOWN_TIE_KINDS } from '../../core/document/known';
import { groupKindName, kindName, roleName } from '../graph/palette';

export interface Option {
  value: string;
  label: string;
}

export const roleOptions = (): Option[] =>
  KNOWN_ROLES.map((value) => ({ value, label: roleName(value) }));
export const tieKindOptions = (): Option[] =>
  KNOWN_TIE_KINDS.map((value) => ({ value, label: kindName(value) }));
export const groupKindOptions = (): Option[] =>
  KNOWN_GROUP_KINDS.map((value) => {
    const name = groupKindName(value);
    return { value, label: name[0]!.toUpperCase() + name.slice(1) };
  });
