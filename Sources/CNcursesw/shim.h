// The ncursesw wide-character API for Swift.
//
// SwiftPM drops pkg-config's -D flags, so the wide API is switched on here. Function-like
// macros (attributes, colour pairs, getmaxyx) are not importable and are wrapped as static
// inline functions; every wrapper is named ouro_<what it wraps>.
#ifndef OURO_CNCURSESW_SHIM_H
#define OURO_CNCURSESW_SHIM_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <wchar.h>
#include <curses.h>
#include <langinfo.h>

int wcwidth(wchar_t c);

static inline int ouro_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int ouro_getmaxx(WINDOW *w) { return getmaxx(w); }
static inline WINDOW *ouro_stdscr(void) { return stdscr; }
static inline int ouro_colors(void) { return COLORS; }
static inline int ouro_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t ouro_a_normal(void) { return A_NORMAL; }
static inline attr_t ouro_a_dim(void) { return A_DIM; }
static inline attr_t ouro_a_bold(void) { return A_BOLD; }
static inline attr_t ouro_a_reverse(void) { return A_REVERSE; }
static inline attr_t ouro_a_underline(void) { return A_UNDERLINE; }
static inline attr_t ouro_color_pair(int n) { return COLOR_PAIR(n); }

static inline int ouro_key_resize(void) { return KEY_RESIZE; }
static inline int ouro_key_backspace(void) { return KEY_BACKSPACE; }
static inline int ouro_key_enter(void) { return KEY_ENTER; }
static inline int ouro_key_up(void) { return KEY_UP; }
static inline int ouro_key_down(void) { return KEY_DOWN; }
static inline int ouro_err(void) { return ERR; }

/// Writes one wide string with attributes and a colour pair at (y, x).
static inline int ouro_put(WINDOW *w, int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    wattr_set(w, attrs, pair, NULL);
    return mvwaddwstr(w, y, x, text);
}

/// The locale's character set (e.g. "UTF-8"), after setlocale.
static inline const char *ouro_codeset(void) { return nl_langinfo(CODESET); }

/// Reads one key without blocking: returns 0 when none is waiting, 1 for a character
/// (in *code), 2 for a function key such as KEY_RESIZE (in *code).
static inline int ouro_read_key(WINDOW *w, int *code) {
    wint_t c = 0;
    int r = wget_wch(w, &c);
    *code = (int)c;
    if (r == ERR) return 0;
    return r == KEY_CODE_YES ? 2 : 1;
}

/// Writes at most n wide characters with attributes and a colour pair at (y, x).
static inline int ouro_put_n(WINDOW *w, int y, int x, const wchar_t *text, int n, attr_t attrs, short pair) {
    wattr_set(w, attrs, pair, NULL);
    return mvwaddnwstr(w, y, x, text, n);
}

#endif
