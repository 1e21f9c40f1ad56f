[assembly: CollectionBehavior(DisableTestParallelization = true)] // MeterListener and ActivityListener see every tests telemetry
