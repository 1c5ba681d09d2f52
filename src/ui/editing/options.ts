// The choices the editing forms offer: the known roles, tie kinds and group kinds, named as the
// legend names them. Any other string stays possible ("Other…").
import { KNOWN_GROUP_KINDS, KNOWN_ROLES, KNOWN_TIE_KINDS } from '../../core/document/schema';
import { kindName, roleName } from '../graph/palette';

export const ROLE_OPTIONS = KNOWN_ROLES.map((value) => ({ value, label: roleName(value) }));
export const TIE_KIND_OPTIONS = KNOWN_TIE_KINDS.map((value) => ({ value, label: kindName(value) }));
export const GROUP_KIND_OPTIONS = KNOWN_GROUP_KINDS.map((value) => ({
  value,
  label: value[0]!.toUpperCase() + value.slice(1),
}));
