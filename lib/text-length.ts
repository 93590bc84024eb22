/**
 * Text limits counted the way a browser counts them: in UTF-16 code units, as `maxlength` and
 * `minlength` do on an input or a textarea (and as JavaScript's `length` does). The form and the
 * server then agree to the character. zod's own `.min()` and `.max()` count code points, so with
 * them a server took up to twice what the form allowed (an emoji or a rare Han character is one code
 * point, two units), and a body of such text could outgrow the byte cap sized for the limit.
 */
export const atMostUnits = (max: number) => (text: string) => text.length <= max;
export const atLeastUnits = (min: number) => (text: string) => text.length >= min;
