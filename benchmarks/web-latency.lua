-- wrk's summary as one line the script reads: requests, errors, and latency percentiles in microseconds.
-- wrk --latency prints 50/75/90/99 % only; the issue's goal is on the 95th.
done = function(summary, latency, requests)
    local errors = summary.errors.connect + summary.errors.read + summary.errors.write
        + summary.errors.status + summary.errors.timeout
    io.write(string.format("RESULT requests=%d errors=%d p50_us=%d p95_us=%d p99_us=%d max_us=%d rps=%.1f\n",
        summary.requests, errors, latency:percentile(50), latency:percentile(95), latency:percentile(99),
        latency.max, summary.requests / (summary.duration / 1e6)))
end
