/** A submission's name made safe as one path segment: letters, digits, dot, dash and underscore. */
export function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '_') || '_';
}
