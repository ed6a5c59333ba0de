import OuroHUD
import Testing

@Suite struct CursesLibraryTests {
    /// Proves the CNcursesw system library target links: the version comes from libncursesw.
    @Test func reportsTheLinkedLibraryVersion() {
        #expect(CursesLibrary.version.hasPrefix("ncurses 6"))
    }
}
