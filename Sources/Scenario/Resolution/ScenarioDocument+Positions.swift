/// Visiting every `Position` in a document with its field path, so resolution can replace each
/// and report failures by line.
extension ScenarioDocument {
    /// Calls `body` on every position, in document order, with its dotted field path.
    public mutating func visitPositions(_ body: (inout Position, String) -> Void) {
        if case .centred(var p, let length) = window.extent {
            body(&p, "window.centre")
            window.extent = .centred(p, length: length)
        }
        if var d = deployment {
            for i in d.posts.indices { body(&d.posts[i].at, "deployment.posts[\(i)].at") }
            for i in d.sensors.indices {
                if var p = d.sensors[i].at {
                    body(&p, "deployment.sensors[\(i)].at")
                    d.sensors[i].at = p
                }
            }
            for i in d.faults.indices {
                if var p = d.faults[i].at {
                    body(&p, "deployment.faults[\(i)].at")
                    d.faults[i].at = p
                }
            }
            deployment = d
        }
        for i in actors.indices {
            let path = "actors[\(i)]"
            if var route = actors[i].route {
                for j in route.indices { body(&route[j].at, "\(path).route[\(j)].at") }
                actors[i].route = route
            }
            if var behaviours = actors[i].behaviours {
                for j in behaviours.indices {
                    if var p = behaviours[j].at {
                        body(&p, "\(path).behaviours[\(j)].at")
                        behaviours[j].at = p
                    }
                }
                actors[i].behaviours = behaviours
            }
            if var area = actors[i].area {
                for j in area.indices { body(&area[j], "\(path).area[\(j)]") }
                actors[i].area = area
            }
        }
        if var terrain {
            for i in terrain.indices {
                let path = "terrain[\(i)]"
                if var poly = terrain[i].polygon {
                    for j in poly.indices { body(&poly[j], "\(path).polygon[\(j)]") }
                    terrain[i].polygon = poly
                }
                if var line = terrain[i].line {
                    for j in line.indices { body(&line[j], "\(path).line[\(j)]") }
                    terrain[i].line = line
                }
                if var p = terrain[i].at {
                    body(&p, "\(path).at")
                    terrain[i].at = p
                }
            }
            self.terrain = terrain
        }
    }
}
