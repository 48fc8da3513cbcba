"""Stone Soup's best general trackers, configured as its tutorials do, run on a scenario's
detections (the same objects its simulator produced) and written as Guidepost track lines."""
import datetime
import json
import time as clock

import numpy as np
from stonesoup.dataassociator.neighbour import GNNWith2DAssignment
from stonesoup.dataassociator.probability import JPDAwithEHM
from stonesoup.deleter.time import UpdateTimeStepsDeleter
from stonesoup.hypothesiser.distance import DistanceHypothesiser
from stonesoup.hypothesiser.probability import PDAHypothesiser
from stonesoup.initiator.simple import MultiMeasurementInitiator
from stonesoup.measures import Mahalanobis
from stonesoup.predictor.kalman import KalmanPredictor
from stonesoup.tracker.simple import MultiTargetMixtureTracker, MultiTargetTracker
from stonesoup.types.state import GaussianState
from stonesoup.updater.kalman import KalmanUpdater

START = datetime.datetime(2026, 1, 1)


def _initiator(scenario, predictor, updater):
    hypothesiser = DistanceHypothesiser(predictor, updater, measure=Mahalanobis(), missed_distance=3)
    return MultiMeasurementInitiator(
        prior_state=GaussianState([[0], [0], [0], [0]], np.diag([0, 1.5**2, 0, 1.5**2])),
        measurement_model=scenario.measurement,
        deleter=UpdateTimeStepsDeleter(time_steps_since_update=2),
        data_associator=GNNWith2DAssignment(hypothesiser),
        updater=updater,
        min_points=3)


def build(kind, scenario, frames):
    predictor = KalmanPredictor(scenario.transition)
    updater = KalmanUpdater(scenario.measurement)
    deleter = UpdateTimeStepsDeleter(time_steps_since_update=5)
    if kind == "gnn":
        hypothesiser = DistanceHypothesiser(predictor, updater, measure=Mahalanobis(), missed_distance=3)
        return MultiTargetTracker(
            initiator=_initiator(scenario, predictor, updater), deleter=deleter, detector=frames,
            data_associator=GNNWith2DAssignment(hypothesiser), updater=updater)
    hypothesiser = PDAHypothesiser(
        predictor, updater, clutter_spatial_density=scenario.clutter_density, prob_detect=scenario.pd,
        prob_gate=0.999)
    return MultiTargetMixtureTracker(
        initiator=_initiator(scenario, predictor, updater), deleter=deleter, detector=frames,
        data_associator=JPDAwithEHM(hypothesiser), updater=updater)


def run(kind, scenario, out_path, max_scans, budget_seconds):
    """Runs until all scans or the time budget is used; returns (scans run, detections, seconds)."""
    frames = scenario.frames[:max_scans]
    tracker = build(kind, scenario, frames)
    scans = detections = 0
    elapsed = 0.0
    with open(out_path, "w") as out:
        iterator = iter(tracker)
        while True:
            t0 = clock.perf_counter()
            try:
                time, tracks = next(iterator)
            except StopIteration:
                break
            elapsed += clock.perf_counter() - t0
            seconds = (time - START).total_seconds()
            for track in sorted(tracks, key=lambda tr: tr.id):
                sv = track.state_vector
                out.write(json.dumps({"t": seconds, "track": track.id, "x": float(sv[0]), "y": float(sv[2]),
                                      "vx": float(sv[1]), "vy": float(sv[3]), "class": "unknown",
                                      "p_class": 0.0}) + "\n")
            detections += len(frames[scans][1])
            scans += 1
            if elapsed > budget_seconds:
                break
    return scans, detections, elapsed
