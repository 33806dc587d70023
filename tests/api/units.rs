//! Editing the unit tree: a moved unit takes everything under it along.

use crate::helpers::{on_both_databases, TestApp};
use common::Unit;
use serde_json::json;

on_both_databases!(a_unit_moves_with_its_subtree);

async fn a_unit_moves_with_its_subtree(app: TestApp) {
    app.seed_demo().await;
    let admin = app.demo_user("admin@exempelby.se").await;
    let municipality = app.exempelby().await;
    let htn = app.id_of("units", "code", "HTN").await;
    let library = app.id_of("units", "code", "SBI").await;
    let child: Unit = admin
        .post(format!("{}/api/units", app.address))
        .json(&json!({ "parent_id": htn, "code": "HTN-NATT", "name": "Nattpatrullen" }))
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("unit");

    let moved = admin
        .put(format!("{}/api/units/{htn}", app.address))
        .json(&json!({ "parent_id": library, "code": "HTN", "name": "Hemtjänst Norra" }))
        .send()
        .await
        .expect("sent");

    assert_eq!(moved.status(), 200);
    let units: Vec<Unit> = admin
        .get(format!(
            "{}/api/municipalities/{municipality}/units",
            app.address
        ))
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("units");
    let find = |id: &str| {
        units
            .iter()
            .find(|u| u.id == id)
            .expect("unit listed")
            .clone()
    };
    let (library, htn, child) = (find(&library), find(&htn), find(&child.id));
    assert_eq!(htn.parent_id.as_deref(), Some(library.id.as_str()));
    assert_eq!(htn.depth, library.depth + 1);
    assert_eq!(child.depth, htn.depth + 1, "the subtree moved along");
    let position = |id: &str| units.iter().position(|u| u.id == id).expect("listed");
    assert!(position(&library.id) < position(&htn.id) && position(&htn.id) < position(&child.id));
    // A unit cannot move under itself.
    let circular = admin
        .put(format!("{}/api/units/{}", app.address, htn.id))
        .json(&json!({ "parent_id": child.id, "code": "HTN", "name": "Hemtjänst Norra" }))
        .send()
        .await
        .expect("sent");
    assert_eq!(circular.status(), 422);
}
