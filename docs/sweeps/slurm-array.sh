#!/usr/bin/env bash
# A Leadnet sensitivity sweep as a Slurm job array: task i of n runs shard i/n of the design points
# and writes a part; a second job, started when every task has succeeded, merges the parts into
# the very bytes the unsharded run prints. The same shard/merge contract as the README's GNU
# parallel example (documented here, not run by the tests).
#
# From the repository (after `npm ci`), submit both jobs:
#   mkdir -p sweep logs
#   array=$(sbatch --parsable docs/sweeps/slurm-array.sh)
#   sbatch --dependency=afterok:"$array" --output=logs/merge-%j.log \
#     --wrap 'npm run --silent leadnet -- sensitivity merge sweep/part-*.json > sweep/result.json'
#
# Every task must run the same command with the same settings and the same Leadnet version:
# merge refuses parts whose provenance differs.
#SBATCH --job-name=leadnet-sensitivity
#SBATCH --array=1-16
#SBATCH --ntasks=1
#SBATCH --cpus-per-task=1
#SBATCH --mem=1G
#SBATCH --time=02:00:00
#SBATCH --output=logs/%x-%A_%a.log
set -euo pipefail

shards=${SLURM_ARRAY_TASK_COUNT:?run with sbatch --array}
shard=${SLURM_ARRAY_TASK_ID:?run with sbatch --array}

npm run --silent leadnet -- sensitivity public/examples/qic-example.json \
  --scenario support-removed --trajectories 20 --runs 50 --seed 1 \
  --shard "${shard}/${shards}" > "sweep/part-${shard}.json.tmp"
# Renamed only when complete: a task that fails leaves no part for merge to read.
mv "sweep/part-${shard}.json.tmp" "sweep/part-${shard}.json"
