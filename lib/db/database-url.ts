/** Which database a DATABASE_URL points at. Shared by the app, the Prisma CLI config and the scripts. */
export const DEFAULT_SQLITE_URL = "file:./data/klyngeportalen.db";

export function isPostgresUrl(url: string | undefined): boolean {
  return !!url && /^postgres(ql)?:\/\//i.test(url);
}

/** File path of a SQLite URL, relative paths resolved from the working directory. */
export function sqliteFilePath(url: string): string {
  return url.replace(/^file:/, "");
}
