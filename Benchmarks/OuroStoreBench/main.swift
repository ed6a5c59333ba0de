import Glibc
import OuroStore

// OuroStoreBench: writes years of synthetic history into a store through the store API, for
// `Benchmarks/status.sh` to time `ouro status` against.
//
//   OuroStoreBench DIRECTORY [YEARS]     (default 10 years)
//
// Prints the OURO_NOW to run `ouro status` at: just after the next workday's 09:00 start.
let arguments = CommandLine.arguments
guard arguments.count >= 2, arguments.count <= 3 else {
    print("usage: OuroStoreBench DIRECTORY [YEARS]")
    exit(64)
}
let years = arguments.count == 3 ? Int(arguments[2]) ?? 10 : 10
var writer = SyntheticYears(store: try Store(directory: arguments[1]))
print(Int(try writer.write(years: years)))
