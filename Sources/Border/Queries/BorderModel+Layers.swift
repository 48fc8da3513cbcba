public import GuidepostCore

extension BorderModel {
    /// Every layer at `p`.
    ///
    /// Linear features (fences, roads, channels) count when `p` lies within their half-width
    /// plus `footprint` metres: a raster passes half its cell diagonal, so that a fence marks
    /// every cell it passes through and no diagonal step can slip past it. Rules, in order:
    /// procedural ground, carved towards water within 800 m of a channel
    /// (`z_c = min(z, level + 0.08·e)`, blended back to `z` by smoothstep(e / 800 m), e the
    /// distance to the water's edge), vegetation +0.2 inside the DMZ (overgrown since 1953), ≤ 0.1 in the KPA
    /// "barren zone" (d ∈ [1600, 2000], cleared since 2024) and on the GOP fence strip, ≤ 0.05 within
    /// 150 m of a post (cleared fields of view), none on water or corridors; on a tidal flat the ground
    /// is ≤ 1 m and a channel crossing it lies at sea level (0); terrain patches last, except
    /// that water stays open (cover 0) and banks stay ≤ 0.1 under a vegetation patch. Mine density is the largest density of the
    /// fields holding `p`, 0 on a corridor kept clear.
    /// - Complexity: O(1) expected (bucket lookups), plus O(octaves) of noise.
    public func sample(at p: Point, footprint: Double = 0) -> LayerSample {
        let c = line.alongBorder(p)
        let hits = linearIndex.hits(at: p, footprint: footprint)
        var flags: LayerFlags = []
        var clearCorridor = false
        for k in hits.corridors {
            let cor = corridors[k]
            switch cor.kind {
            case .road: flags.insert(.road)
            case .rail: flags.insert(.rail)
            case .patrolRoad: flags.insert(.patrolRoad)
            }
            if cor.isClearOfMines { clearCorridor = true }
        }
        var waterKind: Waterway.Kind?
        if let w = hits.water { waterKind = waterways[w].kind }
        var onFlat = false
        for k in waterAreas {
            guard case .area(let poly) = waterways[k].shape, poly.contains(p) else { continue }
            if waterways[k].kind == .tidalFlat { onFlat = true } else { waterKind = waterways[k].kind }
        }
        if let wk = waterKind {
            flags.insert(wk == .stream ? .stream : .water)
            if !flags.isDisjoint(with: [.road, .rail]) { flags.insert(.bridge) }
        } else if hits.bank != nil || onFlat {
            flags.insert(.bank)
        }
        let r = Swift.min(Swift.max(0, footprint), LinearFeatureIndex.margin)
        for k in hits.fences {
            flags.insert(.fence)
            for g in fences[k].gates where g.position.distance(to: p) <= g.radius + r {
                flags.insert(g.kind == .gate ? .gate : .culvert)
            }
        }
        // Beyond the MDL's ends (the Han estuary, the sea) there is no DMZ and no band.
        if c.s >= 0 && c.s <= line.length {
            if abs(c.d) <= Self.dmzHalfWidth { flags.insert(.dmz) }
            let (south, north) = bandOffsets(at: c.s)
            if c.d < south { flags.insert(.southOfMDL) } else if c.d <= north { flags.insert(.mdlBand) }
        }

        var (z, v) = groundAndCover(p, c, hits: hits, waterKind: waterKind, flags: flags, onFlat: onFlat)
        for k in reliefGrid.candidates(near: p) { z += relief[Int(k)].rise(at: p) }
        for k in patchGrid.candidates(near: p) {
            let patch = terrainPatches[Int(k)]
            guard patch.area.contains(p) else { continue }
            switch patch.elevation {
            case .set(let e)?: z = e
            case .add(let e)?: z += e
            case nil: break
            }
            if let pv = patch.vegetation { v = pv }
        }
        // A vegetation patch sets the cover of the land, not of the water in it: a stream or
        // river bed stays open to the sky and its banks stay clear, as without the patch.
        if waterKind != nil { v = 0 } else if flags.contains(.bank) { v = Swift.min(v, 0.1) }

        var density = 0.0
        for k in bandMinefields where minefields[k].contains(p, c) { mark(minefields[k], &density, &flags) }
        for k in minefieldGrid.candidates(near: p) {
            let m = minefields[polygonMinefields[Int(k)]]
            if m.contains(p, c) { mark(m, &density, &flags) }
        }
        if clearCorridor {
            density = 0
            flags.subtract([.confirmedMines, .unconfirmedMines])
        }
        return LayerSample(
            coordinate: c, elevation: z, vegetation: v, mineDensity: density,
            passability: passability(flags, vegetation: v), flags: flags, sector: sector(at: c.s)?.id)
    }

    /// (southern, northern) candidate offsets of the MDL band at `s`.
    func bandOffsets(at s: Double) -> (Double, Double) {
        let o = band.offsets(at: s)
        return (o.southern, o.northern)
    }

    private func mark(_ m: Minefield, _ density: inout Double, _ flags: inout LayerFlags) {
        density = Swift.max(density, m.density)
        flags.insert(m.knowledge == .confirmed ? .confirmedMines : .unconfirmedMines)
    }

    /// Ground height and vegetation before terrain patches.
    private func groundAndCover(
        _ p: Point, _ c: AlongBorderCoordinate, hits: LinearFeatureIndex.Hits, waterKind: Waterway.Kind?, flags: LayerFlags,
        onFlat: Bool
    ) -> (Double, Double) {
        var z = terrain.elevation(at: p, s: c.s)
        if let e = hits.waterEdgeDistance, let w = hits.nearestWater {
            let level = waterLevel(waterways[w].kind, s: c.s)
            let carved = Swift.min(z, level + 0.08 * e)
            let t = e / LinearFeatureIndex.waterMargin
            z = carved + (z - carved) * t * t * (3 - 2 * t)
        }
        if let wk = waterKind, wk == .sea || wk == .estuary { z = 0 }
        // A channel crossing a tidal flat is tidal: its water lies at sea level and its banks are
        // the flat (≤ 1 m), not the inland river's raised level and berms.
        if waterKind != nil && onFlat { z = 0 }
        if (flags.contains(.bank) && hits.bank == nil) || (onFlat && waterKind == nil) { z = Swift.min(z, 1) }
        var v = terrain.vegetation(at: p)
        if flags.contains(.dmz) { v = Swift.min(1, v + 0.2) }
        if c.s >= BorderLayers.landStart && c.s <= line.length {
            if c.d >= 1600 && c.d <= 2000 { v = Swift.min(v, 0.1) }
            if abs(c.d + 2000) <= 60 { v = Swift.min(v, 0.1) }
        }
        if !flags.isDisjoint(with: [.road, .rail, .patrolRoad]) { v = Swift.min(v, 0.05) }
        if flags.contains(.bank) { v = Swift.min(v, 0.1) }
        for k in postGrid.candidates(near: p) where posts[Int(k)].position.distance(to: p) <= Self.postClearingRadius {
            v = Swift.min(v, 0.05)
        }
        if waterKind != nil { v = 0 }
        return (z, v)
    }

    /// Surface level of water of this kind near arc length `s`, metres.
    func waterLevel(_ kind: Waterway.Kind, s: Double) -> Double {
        switch kind {
        case .sea, .estuary, .tidalFlat: return 0
        case .river: return 0.55 * terrain.regionalMean(at: s)
        case .stream: return 0.8 * terrain.regionalMean(at: s)
        }
    }

    /// Walking speed factor from the flags and vegetation (see `LayerSample.passability`).
    func passability(_ f: LayerFlags, vegetation v: Double) -> Double {
        if f.contains(.fence) {
            if f.contains(.gate) { return 1 }
            if f.contains(.culvert) { return 0.25 }
            return 0
        }
        if f.contains(.water) && !f.contains(.bridge) { return 0 }
        if !f.isDisjoint(with: [.road, .rail, .patrolRoad]) { return 1 }
        if f.contains(.stream) { return 0.35 }
        if f.contains(.bank) { return 0.4 }
        return Swift.max(0.3, 1 - 0.6 * v)
    }

    /// The height that blocks a sight line at `p`: ground plus canopy (vegetation × canopy height).
    public func obstructionHeight(at p: Point) -> Double {
        let s = sample(at: p)
        return s.elevation + s.vegetation * Self.canopyHeight
    }
}
