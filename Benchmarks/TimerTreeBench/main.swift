import TimerTree

print("TimerTreeBench: workloads not written yet (\(TimerTreeModule.self))")
