import OuroStore
import Testing

@Suite struct SQLiteLibraryTests {
    /// Proves the CSQLite system library target links: the version comes from libsqlite3.
    @Test func reportsTheLinkedLibraryVersion() {
        #expect(SQLiteLibrary.version.hasPrefix("3."))
    }
}
