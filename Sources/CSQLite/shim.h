// The system SQLite library for Swift.
//
// SQLITE_TRANSIENT is a cast of -1 to a function pointer, which Swift cannot import; the
// binders below pass it so SQLite copies the bytes before the Swift buffer goes away.
#ifndef OURO_CSQLITE_SHIM_H
#define OURO_CSQLITE_SHIM_H

#include <sqlite3.h>

static inline int ouro_sqlite3_bind_text(sqlite3_stmt *s, int i, const char *text, int n) {
    return sqlite3_bind_text(s, i, text, n, SQLITE_TRANSIENT);
}

static inline int ouro_sqlite3_bind_blob(sqlite3_stmt *s, int i, const void *bytes, int n) {
    return sqlite3_bind_blob(s, i, bytes, n, SQLITE_TRANSIENT);
}

#endif
