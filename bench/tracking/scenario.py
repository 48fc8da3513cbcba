"""Scenario generation with Stone Soup's own simulators, written as Guidepost JSON Lines.

Targets follow Stone Soup's nearly-constant-velocity model and are born and die at random
(MultiTargetGroundTruthSimulator); SimpleDetectionSimulator detects each with probability pd,
adds Gaussian noise (sigma metres) and uniform Poisson clutter over the surveillance area.
Coordinates are offset into EPSG:5179 (x ~ 1,000 km, y ~ 2,000 km) so nothing is near zero.
"""
import datetime
import json

import numpy as np
from stonesoup.models.measurement.linear import LinearGaussian
from stonesoup.models.transition.linear import CombinedLinearGaussianTransitionModel, ConstantVelocity
from stonesoup.simulator.simple import MultiTargetGroundTruthSimulator, SimpleDetectionSimulator
from stonesoup.types.state import GaussianState

X0, Y0 = 1_000_000.0, 2_000_000.0
START = datetime.datetime(2026, 1, 1)


class Scenario:
    """One generated run: the detections per scan (Stone Soup objects) and the file paths."""

    def __init__(self, name, targets, scans, width_m, height_m, q, pd, sigma, clutter_density, seed,
                 clutter_per_scan=None):
        """clutter_density is false detections per m² per scan; alternatively pass clutter_density=None
        and clutter_per_scan, the mean number of false detections per scan over the whole area."""
        self.name, self.targets, self.scans = name, targets, scans
        self.width, self.height = width_m, height_m
        self.q, self.pd, self.sigma, self.seed = q, pd, sigma, seed
        if clutter_per_scan is None:
            self.clutter_density = clutter_density
            self.clutter_rate = clutter_density * width_m * height_m
        else:
            self.clutter_rate = clutter_per_scan
            self.clutter_density = clutter_per_scan / (width_m * height_m)
        self.transition = CombinedLinearGaussianTransitionModel([ConstantVelocity(q), ConstantVelocity(q)])
        self.measurement = LinearGaussian(ndim_state=4, mapping=(0, 2), noise_covar=np.diag([sigma**2, sigma**2]))
        self.frames = []  # [(time, set(Detection))]

    def generate(self, folder):
        cx, cy = X0 + self.width / 2, Y0 + self.height / 2
        ground_truth = MultiTargetGroundTruthSimulator(
            transition_model=self.transition,
            initial_state=GaussianState(
                [[cx], [0], [cy], [0]],
                np.diag([(self.width / 4) ** 2, 1.5**2, (self.height / 4) ** 2, 1.5**2]),
                timestamp=START),
            timestep=datetime.timedelta(seconds=1),
            number_steps=self.scans,
            birth_rate=0.005 * self.targets,
            death_probability=0.005,
            initial_number_targets=self.targets,
            seed=self.seed)
        detector = SimpleDetectionSimulator(
            groundtruth=ground_truth,
            measurement_model=self.measurement,
            meas_range=np.array([[X0, X0 + self.width], [Y0, Y0 + self.height]]),
            detection_probability=self.pd,
            clutter_rate=self.clutter_rate,
            seed=self.seed + 1)
        paths = {}
        self.detections_path = f"{folder}/{self.name}-detections.jsonl"
        self.truth_path = f"{folder}/{self.name}-truth.jsonl"
        self.scans_path = f"{folder}/{self.name}-scans.jsonl"
        cov = [[self.sigma**2, 0.0], [0.0, self.sigma**2]]
        with open(self.detections_path, "w") as d, open(self.truth_path, "w") as t, open(self.scans_path, "w") as s:
            for time, detections in detector:
                seconds = (time - START).total_seconds()
                s.write(json.dumps({"t": seconds}) + "\n")
                ordered = sorted(detections, key=lambda det: (float(det.state_vector[0]), float(det.state_vector[1])))
                for det in ordered:
                    d.write(json.dumps({"t": seconds, "sensor": "sim", "x": float(det.state_vector[0]),
                                        "y": float(det.state_vector[1]), "cov": cov}) + "\n")
                for path in ground_truth.groundtruth_paths:
                    if path.state.timestamp == time:
                        key = paths.setdefault(path.id, f"target-{len(paths) + 1}")
                        t.write(json.dumps({"t": seconds, "id": key, "x": float(path.state.state_vector[0]),
                                            "y": float(path.state.state_vector[2]), "kind": "human"}) + "\n")
                self.frames.append((time, set(detections)))
        self.detection_count = sum(len(d) for _, d in self.frames)
        return self
