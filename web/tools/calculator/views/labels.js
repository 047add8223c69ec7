// How a field is named, the same in the form, the printout and the CSV file.
import { t } from '../../../i18n/i18n.js';

// The form's label: a cost item by its item name (its family is the fieldset's legend).
export function fieldLabel(field, period) {
  return field.item ? t('item', field.item) : t('name', field.name, { period: t('period', period) });
}

// The label outside the form: a cost item with its family ("Acquisition · Advertising").
export function fullFieldLabel(field, period) {
  return field.item ? `${t('family', field.family)} · ${t('item', field.item)}` : fieldLabel(field, period);
}
